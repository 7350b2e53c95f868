// Wrapping marked characters of text nodes in <dl-term> elements (and undoing it). The element is
// inline and unstyled by the page, so wrapping moves no glyph; an unknown tag also leaves the
// tag-indexed element paths (body/div[2]/p[1]) that findings point at unchanged.
import type { PieceMark } from '../../lib/extension/glossary-marks';

export const TERM_TAG = 'dl-term';

/** Wraps each mark's characters; the first piece of a mark is the keyboard stop. Returns the marks made. */
export function wrapMarks(nodes: readonly Text[], marks: readonly PieceMark[], inlineStyle?: string): number {
  const byNode = new Map<number, PieceMark[]>();
  for (const m of marks) byNode.set(m.piece, [...(byNode.get(m.piece) ?? []), m]);
  // markPieces lists a mark's pieces together, in order.
  const first = new Set(marks.filter((m, i) => i === 0 || marks[i - 1].mark !== m.mark));
  for (const [p, list] of byNode) {
    const node = nodes[p];
    const doc = node.ownerDocument;
    const text = node.data;
    const parts: Node[] = [];
    let at = 0;
    for (const m of list) {
      if (m.start > at) parts.push(doc.createTextNode(text.slice(at, m.start)));
      const el = doc.createElement(TERM_TAG);
      el.setAttribute('data-entry', m.entryId);
      el.setAttribute('data-mark', String(m.mark));
      if (first.has(m)) el.setAttribute('tabindex', '0');
      if (inlineStyle) el.setAttribute('style', inlineStyle);
      el.append(doc.createTextNode(text.slice(m.start, m.end)));
      parts.push(el);
      at = m.end;
    }
    if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
  }
  return first.size;
}

export function unwrapMarks(root: ParentNode): void {
  for (const el of [...root.querySelectorAll(TERM_TAG)]) {
    const parent = el.parentNode;
    el.replaceWith(...el.childNodes);
    parent?.normalize();
  }
}
