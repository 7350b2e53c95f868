// From the model's page boxes (points, top-left origin, the page as displayed: /Rotate applied —
// pdf.js's viewport at scale 1) back to PDF user space, where annotations live.
import type { BBox } from '../model';

/** The page's visible box in user space ([x0, y0, x1, y1]) and its /Rotate. */
export interface PageFrame {
  view: [number, number, number, number];
  rotation: number;
}

/** pdf.js PageViewport's transform at scale 1: user space → displayed page. */
function viewportTransform({ view: [x0, y0, x1, y1], rotation }: PageFrame): [number, number, number, number, number, number] {
  const r = ((rotation % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [ox, oy] = a === 0 ? [Math.abs(cy - y0), Math.abs(cx - x0)] : [Math.abs(cx - x0), Math.abs(cy - y0)];
  return [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy];
}

/** A displayed-page box as a PDF rectangle [llx, lly, urx, ury] in user space. */
export function toUserRect(box: BBox, frame: PageFrame): [number, number, number, number] {
  const [a, b, c, d, e, f] = viewportTransform(frame);
  const det = a * d - b * c;
  const back = (x: number, y: number): [number, number] => [(d * (x - e) - c * (y - f)) / det, (-b * (x - e) + a * (y - f)) / det];
  const [p, q] = [back(box[0], box[1]), back(box[2], box[3])];
  return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])];
}
