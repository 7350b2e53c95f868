// Find in a PDF: match a query against the pages' text items and return boxes for the matched
// characters. Whitespace is ignored on both sides because CJK PDFs often space out characters
// ("部 门 预 算") and split numbers over items; so a phrase is found across line and page breaks.
// Quotes are compared by kind (“” = "", ‘’ = '), as the reader types them either way.
import type { BBox } from '../model';

export interface PositionedText {
  str: string;
  bbox: BBox; // at scale 1, origin top-left
}

export interface FindOptions {
  matchCase?: boolean;
  /** The match may not continue a word or number: no letter or digit right before or after it
   *  (a space between counts as a break). Only matters at latin letters and digits. */
  wholeWord?: boolean;
}

export interface PageHit {
  page: number;
  bbox: BBox;
}

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '「': '"', '」': '"' };
const WORD = /[\p{L}\p{N}]/u;
const ASCII_WORD = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;

function norm(ch: string, matchCase: boolean): string {
  const q = QUOTES[ch] ?? ch;
  return matchCase ? q : q.toLowerCase();
}

/** Boxes of every match on one page, one box per item a match touches (character widths assumed equal). */
export function findInItems(items: PositionedText[], query: string, opts: FindOptions = {}): BBox[][] {
  return findInPages([items], query, opts).map((m) => m.map((h) => h.bbox));
}

/** Every match over the pages in order (pages[0] is page 1); a match may run over a page break. */
export function findInPages(pages: PositionedText[][], query: string, opts: FindOptions = {}): PageHit[][] {
  const matchCase = !!opts.matchCase;
  const needle = [...query.replace(/\s+/g, '')].map((c) => norm(c, matchCase)).join('');
  if (!needle) return [];
  let hay = '';
  const where: { page: number; item: number; char: number; gapBefore: boolean }[] = [];
  let gap = true;
  pages.forEach((items, p) => {
    items.forEach((it, i) => {
      for (let c = 0; c < it.str.length; c++) {
        if (/\s/.test(it.str[c])) {
          gap = true;
          continue;
        }
        hay += norm(it.str[c], matchCase);
        where.push({ page: p + 1, item: i, char: c, gapBefore: gap });
        gap = false;
      }
    });
    gap = true;
  });
  // A digit group separator between digits (1,253.18) continues the number.
  const joined = (i: number, j: number) =>
    !where[Math.max(i, j)].gapBefore && (WORD.test(hay[i]) || (/[,.]/.test(hay[i]) && DIGIT.test(hay[2 * i - j] ?? '')));
  const isWholeWord = (at: number) => {
    const end = at + needle.length;
    const before = at > 0 && ASCII_WORD.test(hay[at]) && joined(at - 1, at);
    const after = end < hay.length && ASCII_WORD.test(hay[end - 1]) && joined(end, end - 1);
    return !before && !after;
  };
  const matches: PageHit[][] = [];
  for (let at = hay.indexOf(needle); at >= 0;) {
    if (opts.wholeWord && !isWholeWord(at)) {
      at = hay.indexOf(needle, at + 1);
      continue;
    }
    const perItem = new Map<string, { page: number; item: number; a: number; b: number }>();
    for (let k = at; k < at + needle.length; k++) {
      const { page, item, char } = where[k];
      const key = `${page}:${item}`;
      const span = perItem.get(key);
      if (span) span.b = char + 1;
      else perItem.set(key, { page, item, a: char, b: char + 1 });
    }
    matches.push([...perItem.values()].map((s) => ({ page: s.page, bbox: sliceBox(pages[s.page - 1][s.item], s.a, s.b) })));
    at = hay.indexOf(needle, at + needle.length);
  }
  return matches;
}

function sliceBox(it: PositionedText, a: number, b: number): BBox {
  const [x0, top, x1, bottom] = it.bbox;
  const per = (x1 - x0) / Math.max(1, it.str.length);
  return [x0 + per * a, top, x0 + per * b, bottom];
}
