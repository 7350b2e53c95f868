// A table as a grid: column and row boundaries plus spanning cells holding words.
// Both the ruled and the unruled detector produce a Grid; gridToTable turns it into model rows.
import type { Cell, Table, BBox } from '../model';
import { groupLines, joinText, type Word } from './table-words';
import type { TableSettings } from './settings';

export interface GridCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  words: Word[];
}

export interface Grid {
  kind: 'ruled' | 'stream';
  xs: number[]; // column boundaries, ascending, length = columns + 1
  ys: number[]; // row boundaries, ascending, length = rows + 1
  cells: GridCell[]; // top-left cells only; every grid position is covered by exactly one
}

export const gridBBox = (g: Grid): BBox => [g.xs[0], g.ys[0], g.xs[g.xs.length - 1], g.ys[g.ys.length - 1]];

/** Builds cells from "is there a boundary here" predicates: spans grow while a boundary is missing. */
export function cellsFromEdges(
  nRows: number,
  nCols: number,
  hasV: (col: number, row: number) => boolean, // boundary left of column `col` in row `row`
  hasH: (row: number, col: number) => boolean, // boundary above row `row` in column `col`
): GridCell[] {
  const taken: boolean[][] = Array.from({ length: nRows }, () => new Array(nCols).fill(false));
  const cells: GridCell[] = [];
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (taken[r][c]) continue;
      let cs = 1;
      while (c + cs < nCols && !taken[r][c + cs] && !hasV(c + cs, r)) cs++;
      let rs = 1;
      const openBelow = (rr: number) => {
        for (let k = c; k < c + cs; k++) if (taken[rr][k] || hasH(rr, k)) return false;
        return true;
      };
      while (r + rs < nRows && openBelow(r + rs)) rs++;
      for (let i = r; i < r + rs; i++) for (let k = c; k < c + cs; k++) taken[i][k] = true;
      cells.push({ r, c, rowSpan: rs, colSpan: cs, words: [] });
    }
  }
  return cells;
}

/** Puts each word into the cell that holds its centre. Words outside the grid are returned. */
export function assignWords(g: Grid, words: Word[]): Word[] {
  const outside: Word[] = [];
  const at = new Map<string, GridCell>();
  for (const cell of g.cells) {
    for (let r = cell.r; r < cell.r + cell.rowSpan; r++) for (let c = cell.c; c < cell.c + cell.colSpan; c++) at.set(`${r},${c}`, cell);
  }
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2,
      cy = (w.top + w.bottom) / 2;
    const c = findIndex(g.xs, cx),
      r = findIndex(g.ys, cy);
    const cell = c < 0 || r < 0 ? undefined : at.get(`${r},${c}`);
    if (cell) cell.words.push(w);
    else outside.push(w);
  }
  return outside;
}

function findIndex(bounds: number[], v: number): number {
  if (v < bounds[0] || v > bounds[bounds.length - 1]) return -1;
  for (let i = 0; i < bounds.length - 1; i++) if (v <= bounds[i + 1]) return i;
  return -1;
}

/** Text of a cell: lines top to bottom, words joined with spaces except between CJK characters. */
export function cellText(words: Word[], s: TableSettings): string {
  if (!words.length) return '';
  const lines = groupLines(words, s);
  return joinText(lines.map((l) => joinText(l.words.map((w) => w.text))));
}

/** Grid → model Table: spanning cells written once at their top-left, covered positions hold "". */
export function gridToTable(g: Grid, page: number, id: string, s: TableSettings): Table {
  const nRows = g.ys.length - 1,
    nCols = g.xs.length - 1;
  const box = (r0: number, c0: number, r1: number, c1: number): BBox => [g.xs[c0], g.ys[r0], g.xs[c1], g.ys[r1]];
  const rows: Cell[][] = Array.from({ length: nRows }, (_, r) =>
    Array.from({ length: nCols }, (_, c) => ({ text: '', page, bbox: box(r, c, r + 1, c + 1) })),
  );
  for (const cell of g.cells) {
    const out: Cell = { text: cellText(cell.words, s), page, bbox: box(cell.r, cell.c, cell.r + cell.rowSpan, cell.c + cell.colSpan) };
    if (cell.rowSpan > 1) out.rowSpan = cell.rowSpan;
    if (cell.colSpan > 1) out.colSpan = cell.colSpan;
    rows[cell.r][cell.c] = out;
  }
  return { id, page, title: '', unit: '', bbox: gridBBox(g), rows };
}
