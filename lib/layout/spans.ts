// From a stretch of block text back to boxes on the page: a span's box covers a whole run, so a number
// inside a longer run is placed at its glyphs (span.xs, from the font's advances) or, without them, by
// estimated character widths (CJK about twice a digit).
import type { Anchor, BBox, Block, Span } from '../model';
import { charWeight, isSpace } from '../pdf';

/** The x range of span text [from, to) (offsets into the span's own text `text`). */
export function spanPart(span: Span & { bbox: BBox }, text: string, from: number, to: number): [number, number] {
  if (span.xs && span.xs.length === text.length + 1) return [span.xs[from], span.xs[to]];
  const weight = (s: string) => [...s].reduce((sum, ch) => sum + (isSpace(ch) ? 0.3 : charWeight(ch)), 0);
  const total = weight(text) || 1;
  const [x0, , x1] = span.bbox;
  const w = x1 - x0;
  return [x0 + (w * weight(text.slice(0, from))) / total, x0 + (w * weight(text.slice(0, to))) / total];
}

/** One anchor per page piece covered by text[start, end) of the block (usually one). */
export function rangeAnchors(block: Block, start: number, end: number): Anchor[] {
  const out: Anchor[] = [];
  for (const s of block.spans) {
    if (s.end <= start || s.start >= end || !s.bbox) continue;
    const text = block.text.slice(s.start, s.end);
    const [left, right] = spanPart({ ...s, bbox: s.bbox }, text, Math.max(start, s.start) - s.start, Math.min(end, s.end) - s.start);
    const [, top, , bottom] = s.bbox;
    const box: BBox = [left, top, right, bottom];
    const last = out[out.length - 1];
    // Neighbouring runs on one line become one box.
    if (last && last.page === s.page && last.bbox && Math.abs(last.bbox[3] - bottom) < 2 && box[0] - last.bbox[2] < 2 * (bottom - top)) {
      last.bbox = [
        Math.min(last.bbox[0], box[0]),
        Math.min(last.bbox[1], top),
        Math.max(last.bbox[2], box[2]),
        Math.max(last.bbox[3], bottom),
      ];
    } else out.push({ page: s.page, bbox: box });
  }
  return out;
}
