// The page's text around the findings, as rectangles in the highlight layer's coordinates: what a
// box label must not cover. Only the tables / blocks holding a finding's numbers are read.
import type { Rect } from '../../components/label-place';

/** A cap on text nodes read, so a huge page costs bounded time (labels may then cover some text). */
const MAX_TEXT_NODES = 20_000;

export function textRectsAround(anchors: Iterable<Element>, origin: DOMRect): Rect[] {
  const blocks = new Set<Element>();
  for (const el of anchors) blocks.add(el.closest('table') ?? el.parentElement ?? el);
  // A block inside another already taken adds nothing.
  const roots = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
  const out: Rect[] = [];
  const range = document.createRange();
  let nodes = 0;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && nodes < MAX_TEXT_NODES; n = walker.nextNode(), nodes++) {
      if (!n.nodeValue?.trim()) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width && r.height) out.push([r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]);
      }
    }
  }
  return out;
}

/** The page's area in the layer's coordinates (the docked panel's margin excluded). */
export function pageBounds(origin: DOMRect): Rect {
  const root = document.documentElement;
  const r = root.getBoundingClientRect();
  const bottom = r.top + Math.max(r.height, root.scrollHeight);
  return [r.left - origin.left, r.top - origin.top, r.right - origin.left, bottom - origin.top];
}
