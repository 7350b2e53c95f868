// Turning claim positions (block + offsets) into page anchors for findings.
import type { BBox, Block, DisclosureDocument } from '../../model';
import type { Evidence, FindingValue } from '../types';
import type { Quantity } from '../../claims';

/** The page box covering block.text[start, end): the union of the spans it overlaps, clipped by character share. */
export function anchorOf(block: Block, start: number, end: number): { page: number; bbox?: BBox; node?: string } {
  const hit = block.spans.filter((s) => s.start < end && start < s.end);
  if (!hit.length) return { page: block.page };
  let box: BBox | undefined;
  for (const s of hit) {
    if (!s.bbox) continue;
    const len = Math.max(1, s.end - s.start);
    const [x0, top, x1, bottom] = s.bbox;
    const w = (x1 - x0) / len;
    const a = Math.max(start, s.start) - s.start;
    const b = Math.min(end, s.end) - s.start;
    const part: BBox = [x0 + a * w, top, x0 + b * w, bottom];
    box = box ? [Math.min(box[0], part[0]), Math.min(box[1], part[1]), Math.max(box[2], part[2]), Math.max(box[3], part[3])] : part;
  }
  return { page: hit[0].page, bbox: box, node: hit[0].node };
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
    node: a.node,
    start: q.start,
    end: q.end,
    block: q.block,
  };
}

export function textEvidence(doc: DisclosureDocument, blockIndex: number, start: number, end: number): Evidence {
  const block = doc.blocks[blockIndex];
  const a = anchorOf(block, start, end);
  return { page: a.page, text: block.text.slice(start, end), bbox: a.bbox, node: a.node, start, end, block: blockIndex };
}
