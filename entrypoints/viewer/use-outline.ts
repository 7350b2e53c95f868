// The document's outline (bookmarks), each entry resolved to its page number.
import { useEffect, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';

export interface OutlineNode {
  title: string;
  page: number | null;
  children: OutlineNode[];
}

type RawItem = { title: string; dest: string | unknown[] | null; items: RawItem[] };

export function useOutline(doc: PDFDocumentProxy): OutlineNode[] {
  const [nodes, setNodes] = useState<OutlineNode[]>([]);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const raw = ((await doc.getOutline().catch(() => null)) ?? []) as RawItem[];
      const resolved = await Promise.all(raw.map((it) => resolve(doc, it)));
      if (!cancelled) setNodes(resolved);
    })();
    return () => {
      cancelled = true;
    };
  }, [doc]);
  return nodes;
}

async function resolve(doc: PDFDocumentProxy, it: RawItem): Promise<OutlineNode> {
  let page: number | null = null;
  try {
    const dest = typeof it.dest === 'string' ? await doc.getDestination(it.dest) : it.dest;
    const ref = dest?.[0];
    if (typeof ref === 'number') page = ref + 1;
    else if (ref) page = (await doc.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  } catch {
    page = null;
  }
  return { title: it.title, page, children: await Promise.all(it.items.map((c) => resolve(doc, c))) };
}
