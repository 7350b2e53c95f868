// The viewer's document-wide glossary context: every page's text (pdf.js text content), which
// terms appear on which pages, and the document's own 名词解释 keyed by reference entry.
// The index time (all pages, text already loaded) is logged and returned: the brief's ≤ 100 ms.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { documentDefinitions, linesAsBlocks, termPages, type CardContext } from '../../lib/extension/glossary-marks';
import type { DocumentInfo } from '../../lib/model';
import { sharedGlossary } from './shared';

type Items = { str: string; hasEOL?: boolean }[];

/** At most this long after the findings show before the text is read, idle or not. */
const IDLE_WAIT_MS = 1000;

export interface DocGlossary {
  ctx: CardContext;
  /** ms to find every term on every page and read the 名词解释 (null until the text is in). */
  indexMs: number | null;
}

/** The text is read once `ready` (the findings shown, or the check ended): reading 25 pages' text
 *  while the engine reads the same PDF in its worker would slow the first findings on two cores. */
export function useDocGlossary(doc: PDFDocumentProxy | null, info: DocumentInfo | undefined, ready = true): DocGlossary {
  const [pages, setPages] = useState<Items[] | null>(null);
  useEffect(() => {
    setPages(null);
    if (!doc || !ready) return;
    let cancelled = false;
    const read = async () => {
      const out: Items[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        out.push(content.items.flatMap((it) => ('str' in it ? [{ str: it.str, hasEOL: it.hasEOL }] : [])));
      }
      if (!cancelled) setPages(out);
    };
    // After the findings are painted, when the page is idle.
    const start = () => void read().catch((err: unknown) => console.warn('[dlens] glossary text', err));
    const hasIdle = 'requestIdleCallback' in globalThis;
    const idle = hasIdle ? requestIdleCallback(start, { timeout: IDLE_WAIT_MS }) : setTimeout(start, IDLE_WAIT_MS);
    return () => {
      cancelled = true;
      if (hasIdle) cancelIdleCallback(idle as number);
      else clearTimeout(idle);
    };
  }, [doc, ready]);

  return useMemo(() => {
    if (!pages) return { ctx: { year: info?.year }, indexMs: null };
    const glossary = sharedGlossary();
    const t0 = performance.now();
    const where = termPages(
      glossary,
      pages.map((items) => items.map((it) => it.str)),
    );
    const own = documentDefinitions(glossary, linesAsBlocks(pages), { year: info?.year, level: info?.level, department: info?.department });
    const indexMs = performance.now() - t0;
    console.info(
      `[dlens] glossary: ${where.size} terms indexed on ${pages.length} pages, ${own.size} own definitions, in ${indexMs.toFixed(1)} ms`,
    );
    return { ctx: { year: info?.year, own, pages: where }, indexMs };
  }, [pages, info?.year, info?.level, info?.department]);
}
