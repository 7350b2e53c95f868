// Find in a PDF page: match a query against the page's text items and return boxes for the
// matched characters. Whitespace is ignored on both sides because CJK PDFs often space out
// characters ("部 门 预 算") and split numbers over items.
import type { BBox } from '../model/types';

export interface PositionedText {
  str: string;
  bbox: BBox; // at scale 1, origin top-left
}

/** Boxes of every match, one box per item a match touches (character widths assumed equal). */
export function findInItems(items: PositionedText[], query: string): BBox[][] {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (!needle) return [];
  let hay = '';
  const where: { item: number; char: number }[] = [];
  items.forEach((it, i) => {
    for (let c = 0; c < it.str.length; c++) {
      if (/\s/.test(it.str[c])) continue;
      hay += it.str[c].toLowerCase();
      where.push({ item: i, char: c });
    }
  });
  const matches: BBox[][] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
    const perItem = new Map<number, [number, number]>();
    for (let k = at; k < at + needle.length; k++) {
      const { item, char } = where[k];
      const span = perItem.get(item);
      perItem.set(item, span ? [span[0], char + 1] : [char, char + 1]);
    }
    matches.push([...perItem].map(([i, [a, b]]) => sliceBox(items[i], a, b)));
  }
  return matches;
}

function sliceBox(it: PositionedText, a: number, b: number): BBox {
  const [x0, top, x1, bottom] = it.bbox;
  const per = (x1 - x0) / Math.max(1, it.str.length);
  return [x0 + per * a, top, x0 + per * b, bottom];
}
