// Tables continued across pages (续表): the last table of one page and the first of the next
// with the same column structure become one table; a repeated header leaves the rows and is kept
// apart (Table.repeatedHeaders).
import type { Table, Cell } from '../model';
import { CONTINUED_COLUMN_SHIFT_PT } from './settings';
import type { TrailingTitle } from './table-title';

/** A title that marks a continuation (续表) rather than a new table. */
const CONTINUED_TITLE = /续表|\(续\)|（续）|continued/i;

const AMOUNT = /\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+/;
const norm = (s: string) => s.replace(/\s+/g, '');
const rowKey = (row: Cell[]) => row.map((c) => norm(c.text)).join('|');

/** x0 of every grid column (covered positions keep their own grid box). */
const columnXs = (t: Table): number[] => (t.rows[0] ?? []).map((c) => c.bbox?.[0] ?? 0);
const rightEdge = (t: Table): number => t.bbox?.[2] ?? 0;

/**
 * For each column of b, the column of a it falls in; undefined when the grids disagree. b may split
 * a column further (a stray rule or a text gap on that page) or stop short on the right (empty
 * columns trimmed), but every boundary of a inside b's width must be a boundary of b too.
 */
function columnMap(a: Table, b: Table): number[] | undefined {
  const xa = columnXs(a),
    xb = columnXs(b);
  const near = (x: number, ys: number[]) => ys.some((y) => Math.abs(x - y) <= CONTINUED_COLUMN_SHIFT_PT);
  if (!xb.length || !near(xb[0], xa)) return undefined;
  const right = rightEdge(b) - CONTINUED_COLUMN_SHIFT_PT;
  if (xa.some((x) => x >= xb[0] && x < right && !near(x, xb))) return undefined;
  return xb.map((x) => {
    let i = 0;
    while (i + 1 < xa.length && xa[i + 1] <= x + CONTINUED_COLUMN_SHIFT_PT) i++;
    return i;
  });
}

function continues(a: Table, b: Table): number[] | undefined {
  if (b.page !== (a.pageEnd ?? a.page) + 1) return undefined;
  if (b.title && !CONTINUED_TITLE.test(b.title) && norm(b.title) !== norm(a.title)) return undefined;
  if (rightEdge(b) > rightEdge(a) + CONTINUED_COLUMN_SHIFT_PT && columnXs(b).length > columnXs(a).length) return undefined;
  return columnMap(a, b);
}

/** b's rows laid onto a's columns: cells move to their mapped column (texts of folded columns are joined). */
function remap(rows: Cell[][], map: number[], width: number): Cell[][] {
  return rows.map((row) => {
    const out: Cell[] = Array.from({ length: width }, () => ({ text: '', page: row[0]?.page ?? 1 }));
    row.forEach((cell, k) => {
      const start = map[k];
      const endK = k + (cell.colSpan ?? 1);
      const end = endK < map.length ? map[endK] : width;
      if (out[start].text) {
        if (cell.text) out[start] = { ...out[start], text: out[start].text + cell.text };
        return;
      }
      const copy: Cell = { ...cell };
      if (end - start > 1) copy.colSpan = end - start;
      else delete copy.colSpan;
      out[start] = copy;
    });
    return out;
  });
}

/**
 * Merges each page-opening table into the previous page's last table when it continues it.
 * `trailing` (page → title printed at that page's foot) names an untitled table opening the next
 * page instead: such a table starts anew and is not merged.
 */
export function mergeContinuedTables(tables: Table[], trailing: ReadonlyMap<number, TrailingTitle> = new Map()): Table[] {
  const out: Table[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const firstOnPage = !out.some((o) => o.page === t.page || o.pageEnd === t.page);
    const announced = firstOnPage && !t.title ? trailing.get(t.page - 1) : undefined;
    if (announced) {
      out.push({ ...t, rows: [...t.rows], title: announced.title, unit: t.unit || announced.unit });
      continue;
    }
    const map = prev && firstOnPage ? continues(prev, t) : undefined;
    if (prev && map) {
      const rows = remap(t.rows, map, prev.rows[0].length);
      let skip = 0;
      // A repeated header leaves the rows: leading rows equal to the first page's and holding no
      // amounts. The table keeps them, with this page's boxes, in repeatedHeaders.
      while (
        skip < rows.length &&
        skip < prev.rows.length &&
        rowKey(rows[skip]) === rowKey(prev.rows[skip]) &&
        !rows[skip].some((c) => AMOUNT.test(c.text))
      )
        skip++;
      if (skip) prev.repeatedHeaders = [...(prev.repeatedHeaders ?? []), { page: t.page, rows: rows.slice(0, skip) }];
      prev.rows = [...prev.rows, ...rows.slice(skip)];
      prev.pageEnd = t.page;
      if (!prev.unit) prev.unit = t.unit;
      if (!prev.emptyNote && t.emptyNote) prev.emptyNote = t.emptyNote; // the note under the last page
      continue;
    }
    // An untitled table opening the next page that could not be joined may still continue this one.
    if (prev && firstOnPage && (!t.title || norm(t.title) === norm(prev.title)) && t.page === (prev.pageEnd ?? prev.page) + 1)
      prev.mayContinue = true;
    out.push({ ...t, rows: [...t.rows] });
  }
  return out;
}
