// Unruled tables (stream): text lines → table regions → column gaps → rows → cells.
// Column gaps are the vertical strips of whitespace that (almost) no body line crosses;
// header phrases that cross a gap become spanning cells.
import { MIN_LINE_PITCH_PT, type TableSettings } from './settings';
import type { Grid, GridCell } from './table-grid';
import { groupLines, phrases, isNumericText, type Word, type Line } from './table-words';

export interface PLine {
  line: Line;
  ph: Word[];
}

/** A caption line ("Table 1.", "公开01表", "表3：") starts a new table and belongs to none. */
const CAPTION =
  /^(?:Table|TABLE|Figure|Exhibit)\s*[0-9IVX]+[.:]?(?:\s|$)|^(?:公开|附)?表\s*[0-9一二三四五六七八九十]+|^(?:公开|预算|决算)\s*[0-9０-９]{1,3}\s*表/;
/** Publisher and unit lines ("部门：…　单位：万元") sit between tables and belong to none. */
const META = /^(?:预算|编制|填报|主管)?(?:单位|部门)(?:名称)?\s*[:：]|(?:金额)?单位\s*[:：]\s*(?:万元|元|千元|亿元)/;
/** Row gaps are measured against at most this many text heights. */
const PITCH_MAX_HEIGHTS = 2.5;

// Running text is no table, even when justified text leaves wide gaps between words:
/** … when most of its phrases are longer than this, */
const PROSE_PHRASE_CHARS = 45;
/** … or when more than this share of its characters sits in prose phrases (sentences), */
const PROSE_SHARE = 0.5;
const PROSE_MIN_WORDS = 4;
const CJK_PROSE_MIN_CHARS = 20;
/** … or when its words are mostly lower-case and few of its phrases are numbers. */
const PROSE_LOWERCASE_SHARE = 0.8;
const PROSE_MAX_NUMERIC_SHARE = 0.2;

function isProse(p: Word): boolean {
  if ([...p.text].length >= CJK_PROSE_MIN_CHARS && /[，。；]/.test(p.text)) return true; // a Chinese sentence
  const words = p.text.split(/\s+/);
  return words.length >= PROSE_MIN_WORDS && words.filter((w) => /^[a-z]/.test(w)).length * 2 > words.length;
}

function lowercaseShare(ps: Word[]): number {
  const words = ps.flatMap((p) => p.text.split(/\s+/)).filter((w) => /^[A-Za-z]/.test(w));
  return words.length ? words.filter((w) => /^[a-z]/.test(w)).length / words.length : 0;
}

const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// Step 1: lines with phrases; a table line has two or more phrases.
export function phraseLines(words: Word[], s: TableSettings): PLine[] {
  return groupLines(words, s).map((line) => ({ line, ph: phrases(line, s) }));
}

// Step 2: consecutive runs of table lines (single-phrase lines allowed in between) form regions.
function regions(lines: PLine[], s: TableSettings): PLine[][] {
  const pitches = lines
    .slice(1)
    .map((l, i) => l.line.top - lines[i].line.top)
    .filter((d) => d > MIN_LINE_PITCH_PT);
  // Measured on the lines left outside ruled tables, which can be sparse: capped by the text height.
  const height = median(lines.map((l) => l.line.bottom - l.line.top)) || 10;
  const pitch = Math.min(median(pitches) || 12, PITCH_MAX_HEIGHTS * height);
  const out: PLine[][] = [];
  let cur: PLine[] = [];
  let singles = 0;
  const close = () => {
    while (cur.length && cur[cur.length - 1].ph.length < 2) cur.pop();
    if (cur.filter((l) => l.ph.length >= 2).length >= s.streamMinRows) out.push(cur);
    cur = [];
    singles = 0;
  };
  for (const l of lines) {
    const prev = cur[cur.length - 1];
    if (prev && l.line.top - prev.line.top > s.streamMaxRowGapRatio * pitch) close();
    if (CAPTION.test(l.ph[0]?.text ?? '') || l.ph.some((p) => META.test(p.text))) {
      close();
      continue;
    }
    if (l.ph.length >= 2) {
      cur.push(l);
      singles = 0;
      continue;
    }
    if (!cur.length) continue;
    if (++singles > s.streamMaxSingleLines) {
      close();
      continue;
    }
    cur.push(l);
  }
  close();
  return out;
}

// Step 3: column boundaries from the whitespace strips that no (or almost no) table line crosses.
export function columnGaps(body: PLine[], x0: number, x1: number, s: TableSettings): [number, number][] {
  const steps = new Map<number, number>();
  for (const l of body)
    for (const p of l.ph) {
      steps.set(p.x0, (steps.get(p.x0) ?? 0) + 1);
      steps.set(p.x1, (steps.get(p.x1) ?? 0) - 1);
    }
  const xs = [...steps.keys()].sort((a, b) => a - b);
  // One crossing line is tolerated once there are enough lines: a spanning header ("2007" over n | %).
  const noise = Math.max(body.length > s.streamMinRows ? 1 : 0, Math.floor(s.columnGapNoiseRatio * body.length));
  const gaps: [number, number][] = [];
  let cover = 0;
  let gapStart: number | undefined;
  for (const x of xs) {
    const before = cover;
    cover += steps.get(x)!;
    if (before > noise && cover <= noise) gapStart = x;
    else if (before <= noise && cover > noise && gapStart !== undefined) {
      if (x - gapStart >= s.columnGapMinPt && gapStart > x0 && x < x1) gaps.push([gapStart, x]);
      gapStart = undefined;
    }
  }
  return dropThinColumns(gaps, body);
}

/** A column needs text on at least this many table lines; a lone centred word ("合计") makes no column. */
const MIN_COLUMN_LINES = 2;

// Merges away columns that hold text on fewer than MIN_COLUMN_LINES lines, through their narrower gap.
function dropThinColumns(gaps: [number, number][], body: PLine[]): [number, number][] {
  const out = [...gaps];
  for (;;) {
    const lines = (lo: number, hi: number) => body.filter((l) => l.ph.some((p) => p.x0 >= lo - 1 && p.x1 <= hi + 1)).length;
    const strips = out
      .map((g, i) => [i === 0 ? -Infinity : out[i - 1][1], g[0]] as const)
      .concat([[out.length ? out[out.length - 1][1] : -Infinity, Infinity]]);
    const thin = strips.findIndex(([lo, hi]) => lines(lo, hi) < MIN_COLUMN_LINES);
    if (thin < 0 || !out.length) return out;
    const left = thin - 1,
      right = thin; // gap indices around strip `thin`
    const width = (i: number) => (i >= 0 && i < out.length ? out[i][1] - out[i][0] : Infinity);
    out.splice(width(left) <= width(right) ? left : right, 1);
  }
}

/** Columns a phrase covers: those whose content strip (between gaps) it overlaps; else the nearest. */
function spanOf(p: Word, gaps: [number, number][]): [number, number] {
  const n = gaps.length + 1;
  const left = (c: number) => (c === 0 ? -Infinity : gaps[c - 1][1]);
  const right = (c: number) => (c === n - 1 ? Infinity : gaps[c][0]);
  let c0 = -1,
    c1 = -1;
  for (let c = 0; c < n; c++) {
    if (p.x1 > left(c) && p.x0 < right(c)) {
      if (c0 < 0) c0 = c;
      c1 = c;
    }
  }
  if (c0 >= 0) return [c0, c1];
  const cx = (p.x0 + p.x1) / 2;
  let c = 0;
  while (c < gaps.length && cx > (gaps[c][0] + gaps[c][1]) / 2) c++;
  return [c, c];
}

interface Row {
  top: number;
  bottom: number;
  cells: Map<number, { c1: number; words: Word[] }>;
  lines: number;
}

function rowOf(l: PLine, gaps: [number, number][]): Row {
  const cells = new Map<number, { c1: number; words: Word[] }>();
  for (const p of l.ph) {
    const [c0, c1] = spanOf(p, gaps);
    const hit = [...cells.entries()].find(([k, v]) => k <= c1 && v.c1 >= c0);
    if (hit) {
      hit[1].words.push(p);
      hit[1].c1 = Math.max(hit[1].c1, c1);
      if (c0 < hit[0]) {
        cells.delete(hit[0]);
        cells.set(c0, hit[1]);
      }
    } else cells.set(c0, { c1, words: [p] });
  }
  return { top: l.line.top, bottom: l.line.bottom, cells, lines: 1 };
}

const firstText = (r: Row, c: number) => r.cells.get(c)?.words[0]?.text ?? '';
const onlyFirstColumn = (r: Row) => r.cells.size === 1 && r.cells.has(0) && r.cells.get(0)!.c1 === 0;
const hasNumber = (r: Row) => [...r.cells.values()].some((v) => v.words.some((w) => isNumericText(w.text)));
const allSingle = (r: Row) => [...r.cells.entries()].every(([k, v]) => v.c1 === k);

function mergeInto(a: Row, b: Row): void {
  for (const [c, v] of b.cells) {
    const hit = [...a.cells.entries()].find(([k, w]) => k <= v.c1 && w.c1 >= c);
    if (hit) hit[1].words.push(...v.words);
    else a.cells.set(c, { c1: v.c1, words: [...v.words] });
  }
  a.top = Math.min(a.top, b.top);
  a.bottom = Math.max(a.bottom, b.bottom);
  a.lines += b.lines;
}

// Step 4: rows = lines, with stacked header lines and wrapped first-column labels joined.
function buildRows(lines: PLine[], gaps: [number, number][]): Row[] {
  const raw = lines.map((l) => rowOf(l, gaps));
  const firstBody = raw.findIndex(hasNumber);
  const rows: Row[] = [];
  raw.forEach((r, i) => {
    const prev = rows[rows.length - 1];
    const inHeader = firstBody < 0 || i < firstBody;
    // Stacked header lines (a wrapped "Total / enroll- / ment") join; a line with a spanning
    // header ("Public" over three columns) stays a row of its own.
    // Without any numeric row the header cannot be told from the body: nothing is stacked then.
    if (prev && firstBody > 0 && i < firstBody && allSingle(prev) && allSingle(r) && !onlyFirstColumn(r)) {
      mergeInto(prev, r);
      return;
    }
    // A label wrapped onto the next line continues in lower case beside no other text.
    const label = firstText(r, 0);
    if (prev && !inHeader && /^[a-z(]/.test(label) && (onlyFirstColumn(r) || onlyFirstColumn(prev)) && prev.cells.has(0)) {
      mergeInto(prev, r);
      return;
    }
    rows.push(r);
  });
  return rows;
}

// Step 5: a region → column gaps, prose rejection, rows → grid cells (spans only across columns).
function regionToGrid(region: PLine[], s: TableSettings): Grid | undefined {
  const body = region.filter((l) => l.ph.length >= 2);
  const all = region.flatMap((l) => l.ph);
  const x0 = Math.min(...all.map((p) => p.x0)),
    x1 = Math.max(...all.map((p) => p.x1));
  const gaps = columnGaps(body, x0, x1, s);
  if (!gaps.length) return undefined;
  const long = all.filter((p) => p.text.length > PROSE_PHRASE_CHARS).length;
  if (long * 2 > all.length) return undefined;
  const chars = (ps: Word[]) => ps.reduce((n, p) => n + p.text.length, 0);
  if (chars(all.filter(isProse)) > PROSE_SHARE * chars(all)) return undefined;
  if (lowercaseShare(all) > PROSE_LOWERCASE_SHARE && all.filter((p) => isNumericText(p.text)).length < PROSE_MAX_NUMERIC_SHARE * all.length)
    return undefined;
  const rows = buildRows(region, gaps);
  const nCols = gaps.length + 1;
  const xs = [x0, ...gaps.map(([a, b]) => (a + b) / 2), x1];
  const ys = [rows[0].top, ...rows.slice(1).map((r, i) => (rows[i].bottom + r.top) / 2), rows[rows.length - 1].bottom];
  const cells: GridCell[] = [];
  rows.forEach((row, r) => {
    for (let c = 0; c < nCols;) {
      const hit = row.cells.get(c);
      if (hit) {
        cells.push({ r, c, rowSpan: 1, colSpan: hit.c1 - c + 1, words: hit.words });
        c = hit.c1 + 1;
      } else {
        cells.push({ r, c, rowSpan: 1, colSpan: 1, words: [] });
        c++;
      }
    }
  });
  return { kind: 'stream', xs, ys, cells };
}

/** Unruled tables among the given words (those not already inside a ruled table). */
export function detectStream(words: Word[], s: TableSettings): Grid[] {
  const lines = phraseLines(words, s);
  const grids: Grid[] = [];
  for (const region of regions(lines, s)) {
    const g = regionToGrid(region, s);
    if (g) grids.push(g);
  }
  return grids;
}
