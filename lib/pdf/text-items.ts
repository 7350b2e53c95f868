// pdf.js text items → TextRun[] in top-left page coordinates (page rotation applied).
import type { TextRun } from './types';
import { applyLinear, apply, boundsOf, roundBox, round2, type Matrix } from './geometry';
import { glyphPositions } from './glyph-advances';

/** Used when the font reports no usable ascent/descent (fraction of the font size). */
const DEFAULT_ASCENT = 0.85;
const DEFAULT_DESCENT = -0.15;
const ASCENT_RANGE: [number, number] = [0.6, 1.1];
const DESCENT_RANGE: [number, number] = [-0.4, 0];

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}
export interface TextStyleLike {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

const clamp = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));

/** `advances`: the item's font's glyph advances (ems), when known: the run then carries each character's x. */
export function itemToRun(
  item: TextItemLike,
  style: TextStyleLike | undefined,
  pageMatrix: Matrix,
  advances?: Map<string, number>,
): TextRun | null {
  const text = item.str;
  if (!text || !text.trim()) return null;
  const [a, b, c, d, e, f] = item.transform;
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
  if (!fontSize) return null;
  const ascent = clamp(style?.ascent || DEFAULT_ASCENT, ASCENT_RANGE);
  const descent = clamp(style?.descent ?? DEFAULT_DESCENT, DESCENT_RANGE);
  const ux = a / (Math.hypot(a, b) || 1),
    uy = b / (Math.hypot(a, b) || 1); // advance direction
  const vx = c / fontSize,
    vy = d / fontSize; // "up" direction
  let corners: Array<[number, number]>;
  if (style?.vertical) {
    // Vertical fonts advance downward from the origin; width is the column width.
    const w = item.width || fontSize;
    corners = [
      [e - w / 2, f],
      [e + w / 2, f],
      [e - w / 2, f - item.height],
      [e + w / 2, f - item.height],
    ];
  } else {
    const w = item.width;
    const lo = descent * fontSize,
      hi = ascent * fontSize;
    corners = [
      [e + vx * lo, f + vy * lo],
      [e + vx * hi, f + vy * hi],
      [e + ux * w + vx * lo, f + uy * w + vy * lo],
      [e + ux * w + vx * hi, f + uy * w + vy * hi],
    ];
  }
  const bbox = roundBox(boundsOf(corners.map(([x, y]) => apply(pageMatrix, x, y))));
  // Upright as displayed when the advance direction points right on the viewport.
  const [dx, dy] = applyLinear(pageMatrix, ux, uy);
  const upright = !style?.vertical && dx > 0 && Math.abs(dy) < Math.abs(dx) * 0.1;
  const run: TextRun = { text, bbox, fontSize: round2(fontSize), fontName: item.fontName };
  if (!upright) run.vertical = true;
  else {
    const xs = glyphPositions(text, bbox[0], bbox[2] - bbox[0], fontSize, advances);
    if (xs) run.xs = xs;
  }
  return run;
}
