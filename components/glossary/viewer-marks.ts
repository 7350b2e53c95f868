// Marks terms of one PDF page in a layer of their own, above pdf.js's text layer: the text layer
// stays exactly as pdf.js built it (its find highlighter and selection rely on that), and each
// mark is a box placed over the characters it covers. A term may run over several spans (CJK PDFs
// often print one item per character), so a mark can have several boxes; its first is the
// keyboard stop.
import type { Glossary } from '../../lib/glossary';
import { markPieces } from '../../lib/extension/glossary-marks';
import { TERM_TAG } from './mark-dom';

const TEXT_NODE = 3;

function textNodes(textLayer: HTMLElement): Text[] {
  const nodes: Text[] = [];
  for (const span of textLayer.querySelectorAll('span:not(.markedContent)')) {
    const t = span.firstChild;
    if (t && t.nodeType === TEXT_NODE && span.childNodes.length === 1) nodes.push(t as Text);
  }
  return nodes;
}

/** Fills `termLayer` with one box per marked piece of `textLayer`'s text; returns the marks made. */
export function markTermLayer(textLayer: HTMLElement, termLayer: HTMLElement, glossary: Glossary): { count: number; ms: number } {
  const t0 = performance.now();
  termLayer.replaceChildren();
  const nodes = textNodes(textLayer);
  const marks = markPieces(
    glossary,
    nodes.map((n) => n.data),
  );
  // Every rectangle is measured before any box is added, so the page is laid out once.
  const doc = termLayer.ownerDocument;
  const origin = termLayer.getBoundingClientRect();
  const range = doc.createRange();
  const placed = marks.map((m) => {
    range.setStart(nodes[m.piece], m.start);
    range.setEnd(nodes[m.piece], m.end);
    return { m, rects: [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0) };
  });
  // The words a mark covers (over all its pieces) name its keyboard stop for assistive technology.
  const words = new Map<number, string>();
  for (const m of marks) words.set(m.mark, (words.get(m.mark) ?? '') + nodes[m.piece].data.slice(m.start, m.end));
  const boxes = doc.createDocumentFragment();
  let count = 0;
  let last = -1;
  for (const { m, rects } of placed) {
    for (const r of rects) {
      const el = doc.createElement(TERM_TAG);
      el.setAttribute('data-entry', m.entryId);
      el.setAttribute('data-mark', String(m.mark));
      if (m.mark !== last) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('aria-label', words.get(m.mark) ?? '');
        count++;
        last = m.mark;
      }
      el.style.left = `${r.left - origin.left}px`;
      el.style.top = `${r.top - origin.top}px`;
      el.style.width = `${r.width}px`;
      el.style.height = `${r.height}px`;
      boxes.append(el);
    }
  }
  termLayer.append(boxes);
  return { count, ms: performance.now() - t0 };
}

export function unmarkTermLayer(termLayer: HTMLElement): void {
  termLayer.replaceChildren();
}
