// Ruled tables (lattice): rules → snapped, joined edges → connected grids → spanning cells, then
// corrected by the text where the ruling is partial: tall merged cells holding one line per row are
// split (a label column without rules), whitespace gaps become columns (only the header ruled), and
// rows holding several records are split (NICS rules only every fifth state).
import type { RuleSegment } from '../pdf';
import { EDGE_COVER_RATIO, OPEN_BORDER_MIN_PT, type TableSettings } from './settings';
import { cellsFromEdges, assignWords, type Grid, type GridCell } from './table-grid';
import { groupLines, isNumericText, type Word } from './table-words';
import { columnGaps, phraseLines } from './table-stream';

/** Horizontal edges keep y as `pos` and x0..x1 as `from..to`; vertical ones the other way. */
export interface Edge {
  pos: number;
  from: number;
  to: number;
}

/** A merged cell is split back into rows only when its text sits in at least this many grid rows. */
const MIN_SPLIT_BANDS = 3;
/** Text lines holding text on both sides of a whitespace gap before it splits a ruled column. */
const MIN_SPLIT_LINES = 2;
/** Charts have rule grids too (axes, gridlines): below this share of filled cells a grid must show a
 *  header row (HEADER_ROW_FILL of its cells filled) to count as a table. */
const SPARSE_CELL_RATIO = 0.25;
const HEADER_ROW_FILL = 0.5;

// Step 1: rules → edges per orientation, dropping short ones, snapping parallels, joining collinear pieces.
export function mergeEdges(rules: RuleSegment[], orient: 'h' | 'v', s: TableSettings): Edge[] {
  const raw = rules
    .filter((r) => r.orient === orient)
    .map((r) =>
      orient === 'h'
        ? { pos: (r.y0 + r.y1) / 2, from: Math.min(r.x0, r.x1), to: Math.max(r.x0, r.x1) }
        : { pos: (r.x0 + r.x1) / 2, from: Math.min(r.y0, r.y1), to: Math.max(r.y0, r.y1) },
    )
    .sort((a, b) => a.pos - b.pos);
  const groups: Edge[][] = [];
  for (const e of raw) {
    const g = groups[groups.length - 1];
    if (g && e.pos - g[0].pos <= s.snapTolerance) g.push(e);
    else groups.push([e]);
  }
  const out: Edge[] = [];
  for (const g of groups) {
    const pos = g.reduce((a, e) => a + e.pos, 0) / g.length;
    const byFrom = g.sort((a, b) => a.from - b.from);
    let cur = { pos, from: byFrom[0].from, to: byFrom[0].to };
    for (const e of byFrom.slice(1)) {
      if (e.from <= cur.to + s.joinTolerance) cur.to = Math.max(cur.to, e.to);
      else {
        out.push(cur);
        cur = { pos, from: e.from, to: e.to };
      }
    }
    out.push(cur);
  }
  return out.filter((e) => e.to - e.from >= s.edgeMinLength);
}

// Step 2: edges → connected groups (a horizontal and a vertical edge touch when they cross within tolerance).
function components(hs: Edge[], vs: Edge[], s: TableSettings): { h: Edge[]; v: Edge[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const t = s.intersectionTolerance;
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (v.pos >= h.from - t && v.pos <= h.to + t && h.pos >= v.from - t && h.pos <= v.to + t) parent[find(i)] = find(hs.length + j);
    }),
  );
  const groups = new Map<number, { h: Edge[]; v: Edge[] }>();
  hs.forEach((h, i) => {
    const k = find(i);
    if (!groups.has(k)) groups.set(k, { h: [], v: [] });
    groups.get(k)!.h.push(h);
  });
  vs.forEach((v, j) => {
    const k = find(hs.length + j);
    if (!groups.has(k)) groups.set(k, { h: [], v: [] });
    groups.get(k)!.v.push(v);
  });
  return [...groups.values()];
}

const uniq = (xs: number[], tol: number): number[] => {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (!out.length || x - out[out.length - 1] > tol) out.push(x);
  return out;
};

const covers = (edges: Edge[], pos: number, from: number, to: number, s: TableSettings): boolean => {
  let covered = 0;
  for (const e of edges) {
    if (Math.abs(e.pos - pos) > s.snapTolerance) continue;
    covered += Math.max(0, Math.min(e.to, to) - Math.max(e.from, from));
  }
  return covered >= EDGE_COVER_RATIO * (to - from);
};

// Step 3: a connected group → grid boundaries and spanning cells.
function groupToGrid(h: Edge[], v: Edge[], s: TableSettings): Grid | undefined {
  let xs = uniq(
    v.map((e) => e.pos),
    s.snapTolerance,
  );
  let ys = uniq(
    h.map((e) => e.pos),
    s.snapTolerance,
  );
  // Tables without outer side rules: the horizontal rules still show where the table ends.
  const hMin = Math.min(...h.map((e) => e.from)),
    hMax = Math.max(...h.map((e) => e.to));
  if (xs[0] - hMin > OPEN_BORDER_MIN_PT) xs = [hMin, ...xs];
  if (hMax - xs[xs.length - 1] > OPEN_BORDER_MIN_PT) xs = [...xs, hMax];
  const vMin = Math.min(...v.map((e) => e.from)),
    vMax = Math.max(...v.map((e) => e.to));
  if (ys[0] - vMin > OPEN_BORDER_MIN_PT) ys = [vMin, ...ys];
  if (vMax - ys[ys.length - 1] > OPEN_BORDER_MIN_PT) ys = [...ys, vMax];
  if (xs.length < 3 || ys.length < 2) return undefined;
  const outerX = (i: number) => i === 0 || i === xs.length - 1;
  const outerY = (i: number) => i === 0 || i === ys.length - 1;
  const cells = cellsFromEdges(
    ys.length - 1,
    xs.length - 1,
    (c, r) => outerX(c) || covers(v, xs[c], ys[r], ys[r + 1], s),
    (r, c) => outerY(r) || covers(h, ys[r], xs[c], xs[c + 1], s),
  );
  return { kind: 'ruled', xs, ys, cells };
}

// Step 4: a tall merged cell whose text lines sit one per grid row is a column whose row rules
// were left out (ICDAR us-009: the label column has no rules); split it at the rows of its neighbours.
function splitRuledSpans(g: Grid, words: Word[]): Grid {
  const inside = (c: GridCell) =>
    words.filter((w) => {
      const cx = (w.x0 + w.x1) / 2,
        cy = (w.top + w.bottom) / 2;
      return cx > g.xs[c.c] && cx < g.xs[c.c + c.colSpan] && cy > g.ys[c.r] && cy < g.ys[c.r + c.rowSpan];
    });
  const cut = new Set<string>(); // "row,col": a virtual boundary above row `row` in column `col`
  for (const cell of g.cells) {
    if (cell.rowSpan < MIN_SPLIT_BANDS) continue;
    const ws = inside(cell);
    const bands = new Set(ws.map((w) => g.ys.findIndex((y, i) => i > 0 && (w.top + w.bottom) / 2 <= y)));
    if (bands.size < MIN_SPLIT_BANDS) continue;
    for (let r = cell.r + 1; r < cell.r + cell.rowSpan; r++) {
      if (ws.some((w) => w.top < g.ys[r] && w.bottom > g.ys[r])) continue;
      for (let c = cell.c; c < cell.c + cell.colSpan; c++) cut.add(`${r},${c}`);
    }
  }
  if (!cut.size) return g;
  const owner = (r: number, c: number) => g.cells.find((x) => r >= x.r && r < x.r + x.rowSpan && c >= x.c && c < x.c + x.colSpan);
  const cells = cellsFromEdges(
    g.ys.length - 1,
    g.xs.length - 1,
    (c, r) => c === 0 || c === g.xs.length - 1 || owner(r, c - 1) !== owner(r, c),
    (r, c) => r === 0 || r === g.ys.length - 1 || cut.has(`${r},${c}`) || owner(r - 1, c) !== owner(r, c),
  );
  return { ...g, cells };
}

// Step 5: columns the rules leave out (only header or footer ruled): whitespace gaps in the text
// inside the grid become extra boundaries, present in each row unless a word crosses them there.
function addTextColumns(g: Grid, words: Word[], s: TableSettings): Grid {
  const [x0, y0, x1, y1] = [g.xs[0], g.ys[0], g.xs[g.xs.length - 1], g.ys[g.ys.length - 1]];
  const inside = words.filter((w) => {
    const cx = (w.x0 + w.x1) / 2,
      cy = (w.top + w.bottom) / 2;
    return cx > x0 && cx < x1 && cy > y0 && cy < y1;
  });
  const body = phraseLines(inside, s).filter((l) => l.ph.length >= 2);
  if (body.length < 2) return g;
  const gaps = columnGaps(body, x0, x1, s);
  const inGap = (x: number) => gaps.some(([a, b]) => x >= a - s.snapTolerance && x <= b + s.snapTolerance);
  // A gap inside a ruled column splits it only when several lines hold text on both sides of it: a
  // centred header over right-aligned figures leaves a gap too, but never on the same line.
  const within = (l: (typeof body)[number], lo: number, hi: number) => l.ph.some((p) => p.x0 >= lo - 1 && p.x1 <= hi + 1);
  const virtual = gaps
    .filter(([a, b]) => !g.xs.some((x) => x >= a - s.snapTolerance && x <= b + s.snapTolerance))
    .filter(([a, b]) => {
      const lo = Math.max(...g.xs.filter((x) => x <= a)),
        hi = Math.min(...g.xs.filter((x) => x >= b));
      return body.filter((l) => within(l, lo, a) && within(l, b, hi)).length >= MIN_SPLIT_LINES;
    })
    .map(([a, b]) => (a + b) / 2);
  const old = g;
  const oldCell = (y: number, x: number) =>
    old.cells.find((c) => old.ys[c.r] <= y && old.ys[c.r + c.rowSpan] >= y && old.xs[c.c] <= x && old.xs[c.c + c.colSpan] >= x);
  // Rows with no inner vertical rule at all (an unruled body under a ruled header).
  const unruledRow = g.ys.slice(0, -1).map((_, r) => {
    const y = (g.ys[r] + g.ys[r + 1]) / 2;
    return g.xs.slice(1, -1).every((x) => oldCell(y, x - 0.5) === oldCell(y, x + 0.5));
  });
  if (!virtual.length && !unruledRow.some(Boolean)) return g;
  const xs = [...g.xs, ...virtual].sort((a, b) => a - b);
  const isVirtual = new Set(virtual);
  const crossed = (x: number, r: number) =>
    inside.some((w) => w.x0 < x && w.x1 > x && (w.top + w.bottom) / 2 > g.ys[r] && (w.top + w.bottom) / 2 < g.ys[r + 1]);
  const cells = cellsFromEdges(
    g.ys.length - 1,
    xs.length - 1,
    (c, r) => {
      if (c === 0 || c === xs.length - 1) return true;
      if (isVirtual.has(xs[c])) return !crossed(xs[c], r);
      const y = (g.ys[r] + g.ys[r + 1]) / 2;
      const ruled = oldCell(y, xs[c] - 0.5) !== oldCell(y, xs[c] + 0.5);
      return ruled || (unruledRow[r] && inGap(xs[c]) && !crossed(xs[c], r));
    },
    (r, c) => {
      if (r === 0 || r === g.ys.length - 1) return true;
      const x = (xs[c] + xs[c + 1]) / 2;
      return oldCell(g.ys[r] - 0.5, x) !== oldCell(g.ys[r] + 0.5, x);
    },
  );
  return { kind: 'ruled', xs, ys: g.ys, cells };
}

// Step 6: split grid rows that hold several records (numbers on two or more separate lines in two or more columns).
function splitCoarseRows(g: Grid, words: Word[], s: TableSettings): Grid {
  const extra: number[] = [];
  for (let r = 0; r < g.ys.length - 1; r++) {
    const band = words.filter((w) => {
      const cy = (w.top + w.bottom) / 2;
      return cy > g.ys[r] && cy < g.ys[r + 1] && w.x1 > g.xs[0] && w.x0 < g.xs[g.xs.length - 1];
    });
    const lines = groupLines(band, s);
    if (lines.length < 2) continue;
    const colOf = (w: Word) => g.xs.findIndex((x, i) => i > 0 && (w.x0 + w.x1) / 2 <= x);
    // A record line (NICS): amounts in two or more columns and nothing but amounts after the first column.
    const numericLines = lines.filter((l) => {
      const first = Math.min(...l.words.map(colOf));
      return (
        new Set(l.words.filter((w) => isNumericText(w.text)).map(colOf)).size >= 2 &&
        l.words.every((w) => colOf(w) === first || isNumericText(w.text))
      );
    });
    if (numericLines.length < 2) continue;
    for (let i = 1; i < lines.length; i++) extra.push((lines[i - 1].bottom + lines[i].top) / 2);
  }
  if (!extra.length) return g;
  const ys = [...g.ys, ...extra].sort((a, b) => a - b);
  const isExtra = new Set(extra);
  const crossed = (y: number, x0: number, x1: number) => words.some((w) => w.top < y && w.bottom > y && w.x1 > x0 && w.x0 < x1);
  // A virtual boundary cuts every column except where text crosses it or the rules made a span.
  const old = g;
  const oldCell = (y: number, x: number) =>
    old.cells.find((c) => old.ys[c.r] <= y && old.ys[c.r + c.rowSpan] >= y && old.xs[c.c] <= x && old.xs[c.c + c.colSpan] >= x);
  const cells = cellsFromEdges(
    ys.length - 1,
    g.xs.length - 1,
    (c, r) => {
      if (c === 0 || c === g.xs.length - 1) return true;
      const y = (ys[r] + ys[r + 1]) / 2;
      return oldCell(y, g.xs[c] - 0.5) !== oldCell(y, g.xs[c] + 0.5);
    },
    (r, c) => {
      if (r === 0 || r === ys.length - 1) return true;
      const x = (g.xs[c] + g.xs[c + 1]) / 2;
      if (isExtra.has(ys[r])) return !crossed(ys[r], g.xs[c], g.xs[c + 1]);
      return oldCell(ys[r] - 0.5, x) !== oldCell(ys[r] + 0.5, x);
    },
  );
  return { kind: 'ruled', xs: g.xs, ys, cells };
}

// Step 7: a grid is kept when it holds text like a table (charts have rule grids too).
function hasHeaderRow(g: Grid): boolean {
  const rows = g.ys.length - 1;
  for (let r = 0; r < rows; r++) {
    const inRow = g.cells.filter((c) => c.r === r);
    const filled = inRow.filter((c) => c.words.length).length;
    if (filled >= 2 && filled >= HEADER_ROW_FILL * inRow.length) return true;
  }
  return false;
}

/** Ruled grids on a page, each with its words assigned; returns the grids and the words left outside. */
export function detectRuled(rules: RuleSegment[], words: Word[], s: TableSettings): { grids: Grid[]; rest: Word[] } {
  const hs = mergeEdges(rules, 'h', s),
    vs = mergeEdges(rules, 'v', s);
  const grids: Grid[] = [];
  let rest = words;
  for (const comp of components(hs, vs, s)) {
    if (comp.h.length < 2 || comp.v.length < 2) continue;
    let g = groupToGrid(comp.h, comp.v, s);
    if (!g) continue;
    g = splitRuledSpans(g, rest);
    g = addTextColumns(g, rest, s);
    g = splitCoarseRows(g, rest, s);
    const outside = assignWords(g, rest);
    const filled = g.cells.filter((c) => c.words.length).length;
    // Charts have rule grids too (axes, gridlines) but almost no text inside the cells.
    if (filled < 2 || (filled < SPARSE_CELL_RATIO * g.cells.length && !hasHeaderRow(g))) {
      // A chart: its axis labels are no table either, so they are kept from the text-alignment pass.
      if (filled >= 2) rest = outside;
      for (const c of g.cells) c.words = [];
      continue;
    }
    grids.push(g);
    rest = outside;
  }
  return { grids, rest };
}
