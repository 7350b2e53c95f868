// Find across all pages (debounced); the caller steps through the matches.
import { useEffect, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { BBox } from '../../lib/model';
import { findInItems } from '../../lib/extension';
import { pageText } from './page-text';

const FIND_DEBOUNCE_MS = 250;

export interface FindMatch {
  page: number;
  boxes: BBox[];
}

export function useFind(doc: PDFDocumentProxy | null, query: string, onFirst: (m: FindMatch) => void) {
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (!doc || !query.trim()) {
      setMatches([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const found: FindMatch[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        for (const boxes of findInItems(await pageText(doc, n), query)) found.push({ page: n, boxes });
      }
      if (cancelled) return;
      setMatches(found);
      setIndex(0);
      if (found[0]) onFirst(found[0]);
    }, FIND_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [doc, query]);
  return { matches, index, setIndex };
}
