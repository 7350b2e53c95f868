// From a stretch of block text back to boxes on the page: the span boxes cover whole runs, so a
// number inside a longer run gets a share of the run's box by estimated character widths.
import type { Anchor, BBox, Block } from '../model';

const CJK_RE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;
const weight = (ch: string): number => (CJK_RE.test(ch) ? 1 : /[.,:;'!|·]/.test(ch) ? 0.28 : /\s/.test(ch) ? 0.3 : 0.5);

/** One anchor per page piece covered by text[start, end) of the block (usually one). */
export function rangeAnchors(block: Block, start: number, end: number): Anchor[] {
  const out: Anchor[] = [];
  for (const s of block.spans) {
    if (s.end <= start || s.start >= end || !s.bbox) continue;
    const text = block.text.slice(s.start, s.end);
    const from = Math.max(start, s.start) - s.start,
      to = Math.min(end, s.end) - s.start;
    const total = [...text].reduce((sum, ch) => sum + weight(ch), 0) || 1;
    const before = [...text.slice(0, from)].reduce((sum, ch) => sum + weight(ch), 0);
    const inside = [...text.slice(from, to)].reduce((sum, ch) => sum + weight(ch), 0);
    const [x0, top, x1, bottom] = s.bbox;
    const w = x1 - x0;
    const box: BBox = [x0 + (w * before) / total, top, x0 + (w * (before + inside)) / total, bottom];
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
