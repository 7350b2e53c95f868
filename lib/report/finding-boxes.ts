// Where a finding is on the page, for the annotated copy and the memo's crops (apart from
// annotate.ts, so that reading a report never loads pdf-lib).
import type { BBox } from '../model';
import type { Finding } from '../findings';

/** A finding's boxes by page: its numbers' (a number wrapped over a line break, one per line), or its
 *  evidence's when no number has a box. */
export function findingBoxes(f: Finding): { page: number; bbox: BBox }[] {
  const from = (xs: { page: number; bbox?: BBox; boxes?: BBox[] }[]) =>
    xs.flatMap((x) => (x.bbox ? (x.boxes ?? [x.bbox]).map((bbox) => ({ page: x.page, bbox })) : []));
  const boxes = from(f.values).length ? from(f.values) : from(f.evidence);
  const seen = new Set<string>();
  return boxes.filter((b) => {
    const k = `${b.page}:${b.bbox.join(',')}`;
    return !seen.has(k) && seen.add(k);
  });
}
