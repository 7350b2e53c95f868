// A finding label's drawn size (.dl-box-label in panel.css sets the same font, height and padding).
export const LABEL_FONT = '10px sans-serif';
export const LABEL_H = 12;
const LABEL_PAD_X = 2;

let ctx: CanvasRenderingContext2D | null | undefined;

export function labelWidth(text: string): number {
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * 10 + 2 * LABEL_PAD_X;
  ctx.font = LABEL_FONT;
  return Math.ceil(ctx.measureText(text).width) + 2 * LABEL_PAD_X;
}
