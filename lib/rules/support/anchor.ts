// Turning claim positions (block + offsets) into page anchors for findings.
import type { BBox, Block, DisclosureDocument } from '../../model';
import type { Evidence, FindingValue } from '../types';
import type { Quantity } from '../../claims';
import { spanPart } from '../../layout';

/**
 * The page box covering block.text[start, end): the union of the spans it overlaps, clipped to the
 * characters' glyphs (layout's spanPart). A number wrapped over a line break also gets `boxes`, one per line (the union would cover
 * both lines' text).
 */
export function anchorOf(block: Block, start: number, end: number): { page: number; bbox?: BBox; boxes?: BBox[]; node?: string } {
  const hit = block.spans.filter((s) => s.start < end && start < s.end);
  if (!hit.length) return { page: block.page };
  const lines: BBox[] = [];
  for (const s of hit) {
    if (!s.bbox || s.page !== hit[0].page) continue;
    const [, top, , bottom] = s.bbox;
    const [left, right] = spanPart(
      { ...s, bbox: s.bbox },
      block.text.slice(s.start, s.end),
      Math.max(start, s.start) - s.start,
      Math.min(end, s.end) - s.start,
    );
    const part: BBox = [left, top, right, bottom];
    const line = lines.findIndex((l) => sameLine(l, part));
    if (line < 0) lines.push(part);
    else lines[line] = union(lines[line], part);
  }
  if (!lines.length) return { page: hit[0].page, node: hit[0].node };
  const bbox = lines.reduce(union);
  return { page: hit[0].page, bbox, ...(lines.length > 1 ? { boxes: lines } : {}), node: hit[0].node };
}

const union = (a: BBox, b: BBox): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/** Two boxes on one printed line: they share most of the lower one's height. */
function sameLine(a: BBox, b: BBox): boolean {
  const shared = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return shared > 0.5 * Math.min(a[3] - a[1], b[3] - b[1]);
}

export function quantityValue(doc: DisclosureDocument, q: Quantity, label?: string): FindingValue {
  const block = doc.blocks[q.block];
  const a = anchorOf(block, q.start, q.end);
  return {
    label: label ?? (q.label || q.amount.text),
    text: q.amount.text,
    value: q.amount.value.toString(),
    unit: q.amount.unit,
    page: a.page,
    bbox: a.bbox,
    ...(a.boxes ? { boxes: a.boxes } : {}),
    node: a.node,
    start: q.start,
    end: q.end,
    block: q.block,
  };
}

export function textEvidence(doc: DisclosureDocument, blockIndex: number, start: number, end: number): Evidence {
  const block = doc.blocks[blockIndex];
  const a = anchorOf(block, start, end);
  const boxes = a.boxes ? { boxes: a.boxes } : {};
  return { page: a.page, text: block.text.slice(start, end), bbox: a.bbox, ...boxes, node: a.node, start, end, block: blockIndex };
}
