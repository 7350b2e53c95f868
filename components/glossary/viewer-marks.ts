// Marks terms in one page's pdf.js text layer: each text span is a piece, a term may run over
// several spans (CJK PDFs often print one item per character).
import type { Glossary } from '../../lib/glossary';
import { markPieces } from '../../lib/extension/glossary-marks';
import { TERM_TAG, unwrapMarks, wrapMarks } from './mark-dom';

const TEXT_NODE = 3;

export function markTextLayer(layer: HTMLElement, glossary: Glossary): { count: number; ms: number } {
  const t0 = performance.now();
  unwrapMarks(layer);
  const nodes: Text[] = [];
  for (const span of layer.querySelectorAll('span:not(.markedContent)')) {
    const t = span.firstChild;
    if (t && t.nodeType === TEXT_NODE && span.childNodes.length === 1) nodes.push(t as Text);
  }
  const count = wrapMarks(
    nodes,
    markPieces(
      glossary,
      nodes.map((n) => n.data),
    ),
  );
  return { count, ms: performance.now() - t0 };
}

export function unmarkTextLayer(layer: HTMLElement): void {
  if (layer.querySelector(TERM_TAG)) unwrapMarks(layer);
}
