// Running headers, footers and page numbers: found across the whole document, then dropped.
// A line in the top or bottom band of a page is running text when it is a page number
// ("- 3 -", "第 3 页", "3/20", a lone "3") standing alone, or when the same text (a trailing
// page number ignored) sits at the same place on many pages. Digits are otherwise compared
// exactly: "表2", "表3" at the top of consecutive pages are table labels, not a running header.
import type { Line } from './lines';
import { HEADER_MIN_PAGES, HEADER_POSITION_TOLERANCE_PT, HEADER_REPEAT_RATIO, MARGIN_BAND_RATIO } from './settings';

const PAGE_NUMBER_PATTERNS = [
  /^[-—–－~─━]\s*\d{1,4}\s*[-—–－~─━]$/, // - 3 -
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页 / 第3页 共20页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/20
  /^\d{1,3}$/, // a lone number in the margin band
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

const BARE_NUMBER_RE = /^\d+$/;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER_PATTERNS.some((re) => re.test(text.trim()));

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

const inBand = (l: Line, height: number) => l.bbox[3] <= height * MARGIN_BAND_RATIO || l.bbox[1] >= height * (1 - MARGIN_BAND_RATIO);

const TRAILING_PAGE_NUMBER_RE = /(第\d{1,4}页.*|\d{1,4}\/\d{1,4}|[-—–－~─━]\d{1,4}[-—–－~─━])$/;
const shape = (text: string) => text.replace(/\s+/g, '').replace(TRAILING_PAGE_NUMBER_RE, '#');

/** Returns the same pages with running headers, footers and page numbers removed. */
export function removeRunningText(pages: PageLines[]): PageLines[] {
  const textPages = pages.filter((p) => p.lines.length > 0).length;
  const minPages = Math.max(HEADER_MIN_PAGES, Math.ceil(textPages * HEADER_REPEAT_RATIO));
  // Count, per text shape, on how many pages it appears in a margin band at a similar height.
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  for (const p of pages) {
    for (const l of p.lines) {
      if (!inBand(l, p.height)) continue;
      const key = shape(l.text);
      const list = seen.get(key) ?? [];
      list.push({ page: p.page, y: l.bbox[1] });
      seen.set(key, list);
    }
  }
  const sameRow = (l: Line, lines: Line[]) => lines.filter((o) => o !== l && o.bbox[1] < l.bbox[3] && o.bbox[3] > l.bbox[1]);
  const repeated = (l: Line, p: PageLines): boolean => {
    if (!inBand(l, p.height)) return false;
    const at = seen.get(shape(l.text)) ?? [];
    return new Set(at.filter((o) => Math.abs(o.y - l.bbox[1]) <= HEADER_POSITION_TOLERANCE_PT).map((o) => o.page)).size >= minPages;
  };
  // A page number has its row to itself; repeated text shares its row only with other running
  // text or a marked page number ("第 3 页"). A lone number or a "合计" beside other text is table content.
  const running = (l: Line, p: PageLines): boolean => {
    const row = sameRow(l, p.lines);
    if (isPageNumber(l.text) && inBand(l, p.height)) return row.length === 0;
    return repeated(l, p) && row.every((o) => repeated(o, p) || (isPageNumber(o.text) && !BARE_NUMBER_RE.test(o.text.trim())));
  };
  return pages.map((p) => ({ ...p, lines: p.lines.filter((l) => !running(l, p)) }));
}
