// Zoom modes as in the pdf.js viewer: automatic, page fit, page width, actual size, a percentage.
export type ZoomMode = 'auto' | 'page-fit' | 'page-width' | 'actual' | number;

export const ZOOM_STEPS = [0.25, 0.5, 0.67, 0.8, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;
/** Automatic never magnifies past this (a narrow page in a wide window stays readable, not huge). */
const MAX_AUTO_SCALE = 2;
const MIN_AUTO_SCALE = 0.5;
const FIT_MARGIN_PX = 32;

export interface Room {
  w: number;
  h: number;
}

const clamp = (s: number, lo = MIN_SCALE, hi = MAX_SCALE) => Math.max(lo, Math.min(hi, s));

/** The scale of a mode for the widest page (sizes already rotated) in the room left for pages. */
export function scaleFor(mode: ZoomMode, sizes: Room[], room: Room): number {
  if (typeof mode === 'number') return clamp(mode);
  if (mode === 'actual') return 1;
  const w = Math.max(...sizes.map((s) => s.w), 1);
  const h = Math.max(...sizes.map((s) => s.h), 1);
  const byWidth = (room.w - FIT_MARGIN_PX) / w;
  if (mode === 'page-width') return clamp(byWidth);
  if (mode === 'page-fit') return clamp(Math.min(byWidth, (room.h - 16) / h));
  return clamp(byWidth, MIN_AUTO_SCALE, MAX_AUTO_SCALE);
}

/** The next step up or down from the current scale (Ctrl+= / Ctrl+-, the toolbar's + and −). */
export function stepScale(scale: number, dir: 1 | -1): number {
  if (dir > 0) return ZOOM_STEPS.find((z) => z > scale + 1e-3) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((z) => z < scale - 1e-3) ?? MIN_SCALE;
}

/** A typed percentage ("150", "150%") as a scale, or null. */
export function parsePercent(text: string): number | null {
  const n = Number(text.replace(/[%％\s]/g, ''));
  return Number.isFinite(n) && n > 0 ? clamp(n / 100) : null;
}
