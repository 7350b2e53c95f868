// Per-font glyph advances read from the page's operator list, so that a piece of a text item (a
// number after CJK text: "合计为1208.20") is placed where its glyphs are printed, not by a share of
// characters (CJK glyphs are about twice as wide as digits; a font's "." may be as wide as a digit).
import { charWeight, isSpace } from './chars';

/** Advance in ems of each character, per pdf.js font name (the text items' fontName); glyph widths are in 1/1000 em. */
export type FontAdvances = Map<string, Map<string, number>>;

interface GlyphLike {
  unicode?: string;
  width?: number;
}

/** The advances of the glyphs each font shows on the page (showText arguments carry each glyph's width). */
export function fontAdvances(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: Record<string, number>): FontAdvances {
  const out: FontAdvances = new Map();
  let font: string | undefined;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.setFont && args) font = String(args[0]);
    else if (fn === OPS.showText && font && args && Array.isArray(args[0])) {
      let widths = out.get(font);
      if (!widths) out.set(font, (widths = new Map()));
      for (const g of args[0] as unknown[]) {
        if (!g || typeof g !== 'object') continue;
        const { unicode, width } = g as GlyphLike;
        if (!unicode || typeof width !== 'number' || !(width > 0)) continue;
        widths.set(unicode, width / 1000);
        const nfkc = unicode.normalize('NFKC');
        if (nfkc !== unicode && !widths.has(nfkc)) widths.set(nfkc, width / 1000);
      }
    }
  }
  return out;
}

/** Non-space characters without a known advance beyond this share: the run keeps the estimate. */
const MAX_UNKNOWN_SHARE = 0.2;
/** Known advances summing to outside this ratio of the item's width: units we do not understand (Type3 fonts). */
const PLAUSIBLE_RATIO: [number, number] = [0.5, 2];
/** Spaces pdf.js inserted for a gap narrower than this (em) are kept at this width, glyphs shrunk. */
const MIN_SPACE_EM = 0.1;

/**
 * x of each character boundary of an upright item (text.length + 1 entries, by UTF-16 offset), from
 * x0 over `width`: glyphs at their advances, the rest of the width given to the spaces (pdf.js inserts
 * a space for a gap, with no glyph), or spread evenly over the glyphs (character spacing) when there
 * are none. Undefined when the font's advances are not known well enough.
 */
export function glyphPositions(
  text: string,
  x0: number,
  width: number,
  fontSize: number,
  advances: Map<string, number> | undefined,
): number[] | undefined {
  if (!advances || !(width > 0) || !(fontSize > 0)) return undefined;
  const chars = [...text];
  if (chars.length < 2) return undefined;
  let known = 0,
    unknown = 0,
    spaces = 0,
    inked = 0;
  const ems = chars.map((ch) => {
    if (isSpace(ch)) {
      spaces++;
      return 0;
    }
    const em = advances.get(ch);
    if (em === undefined) unknown++;
    else known++;
    const w = (em ?? charWeight(ch)) * fontSize;
    inked += w;
    return w;
  });
  if (!known || unknown > MAX_UNKNOWN_SHARE * (known + unknown)) return undefined;
  if (inked < PLAUSIBLE_RATIO[0] * width || inked > PLAUSIBLE_RATIO[1] * width) return undefined;
  const rest = width - inked;
  let scale = 1,
    spaceW = 0,
    perGlyph = 0;
  if (spaces) {
    spaceW = rest / spaces;
    if (spaceW < MIN_SPACE_EM * fontSize) {
      spaceW = Math.min(MIN_SPACE_EM * fontSize, width / chars.length);
      scale = (width - spaceW * spaces) / inked;
    }
  } else if (rest >= 0) perGlyph = rest / chars.length;
  else scale = width / inked;
  const round = (v: number) => Math.round(v * 100) / 100;
  const xs: number[] = [round(x0)];
  let x = x0;
  chars.forEach((ch, i) => {
    x += isSpace(ch) ? spaceW : ems[i] * scale + perGlyph;
    // A character of two UTF-16 units: its inner offset sits at its start.
    if (ch.length > 1) xs.push(xs[xs.length - 1]);
    xs.push(round(x));
  });
  xs[xs.length - 1] = round(x0 + width);
  return xs;
}
