// Marks terms on a live HTML page: running text only (paragraphs and list items), never inside
// tables, links, form fields or our own overlay. Styles are inline because page CSS cannot be
// relied on and our stylesheet lives in the overlay's shadow root.
import type { Glossary } from '../../lib/glossary';
import { markPieces } from '../../lib/extension/glossary-marks';
import { TERM_TAG, unwrapMarks, wrapMarks } from './mark-dom';

const PARAGRAPHS = 'p, li';
/** NodeFilter.SHOW_TEXT, spelled out so this also runs on a DOM without the global (tests). */
const SHOW_TEXT = 4;
const NEVER_INSIDE = 'table, a, button, input, textarea, select, script, style, [contenteditable], dlens-overlay';
export const PAGE_MARK_STYLE = [
  'text-decoration: underline dotted rgba(26, 86, 168, 0.85)',
  'text-decoration-thickness: 1.5px',
  'text-underline-offset: 3px',
  'cursor: help',
].join(';');

/** Marks every paragraph; returns the number of marks per entry (an HTML page has no page numbers). */
export function markPage(doc: Document, glossary: Glossary): Map<string, number> {
  const counts = new Map<string, number>();
  for (const para of doc.body.querySelectorAll(PARAGRAPHS)) {
    if (para.closest(NEVER_INSIDE) || para.querySelector(PARAGRAPHS)) continue;
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(para, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest(`${NEVER_INSIDE}, ${TERM_TAG}`)) nodes.push(n as Text);
    }
    const marks = markPieces(
      glossary,
      nodes.map((n) => n.data),
    );
    wrapMarks(nodes, marks, PAGE_MARK_STYLE);
    const ids = new Map(marks.map((m) => [m.mark, m.entryId]));
    for (const id of ids.values()) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function unmarkPage(doc: Document): void {
  unwrapMarks(doc.body);
}
