// Find across all pages (debounced), with match case / whole word; a match may run over a line or
// page break. The caller steps through the matches.
import { useEffect, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { findInPages, type FindOptions, type PageHit } from '../../lib/extension';
import { pageText } from './page-text';

const FIND_DEBOUNCE_MS = 250;

export interface FindMatch {
  /** The page the match starts on. */
  page: number;
  hits: PageHit[];
}

export function useFind(doc: PDFDocumentProxy | null, query: string, options: FindOptions, onFirst: (m: FindMatch) => void) {
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (!doc || !query.trim()) {
      setMatches([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => pageText(doc, i + 1)));
      if (cancelled) return;
      const found = findInPages(pages, query, options).map((hits) => ({ page: hits[0].page, hits }));
      setMatches(found);
      setIndex(0);
      if (found[0]) onFirst(found[0]);
    }, FIND_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [doc, query, options.matchCase, options.wholeWord]);
  return { matches, index, setIndex };
}
