// Page rotation: a box at scale 1 on the unrotated page, placed on the page turned clockwise.
import type { BBox } from '../../lib/model';

export type Rotation = 0 | 90 | 180 | 270;

export function rotateBox(b: BBox, size: { w: number; h: number }, rot: Rotation): BBox {
  const [x0, y0, x1, y1] = b;
  const { w, h } = size;
  if (rot === 90) return [h - y1, x0, h - y0, x1];
  if (rot === 180) return [w - x1, h - y1, w - x0, h - y0];
  if (rot === 270) return [y0, w - x1, y1, w - x0];
  return b;
}

export function rotatedSize(size: { w: number; h: number }, rot: Rotation) {
  return rot % 180 ? { w: size.h, h: size.w } : size;
}

/** The inverse of rotateBox: a box on the turned page back to the unrotated page at scale 1. */
export function unrotateBox(b: BBox, size: { w: number; h: number }, rot: Rotation): BBox {
  return rotateBox(b, rotatedSize(size, rot), ((360 - rot) % 360) as Rotation);
}
