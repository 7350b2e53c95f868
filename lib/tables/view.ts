// A printed table → a view an auditor reads: header tree, code/name/amount columns, rows with
// their 类/款/项 code and amounts, and side-by-side blocks (收入 | 支出).
import { parseCell, isAmount, yuanFactor, type Amount } from '../amount';
import type { Cell, Table } from '../model';
import { roleOf, type TableRole } from './roles';

export const MAX_HEADER_ROWS = 6;

export interface Column {
  index: number;
  path: string[]; // header texts from the top, e.g. ["公务用车购置及运行费", "小计"]
  label: string; // the lowest header text
  kind: 'code' | 'name' | 'amount';
  /** A second classification of the row beside its own (政府经济科目编码 | 名称 after 部门经济科目编码 | 名称). */
  secondary?: boolean;
}

export interface Row {
  index: number; // into table.rows
  code?: string; // "2040601", "30101"
  level?: 1 | 2 | 3; // 类 / 款 / 项
  name: string;
  total: boolean; // 合计 / 总计 / 小计 row
  values: (Amount | null)[]; // per column; null for empty cells and non-amount columns
}

/** One side of a side-by-side layout (收入 | 支出): its label column and amount columns. */
export interface Block {
  label: number;
  code?: number;
  amounts: number[];
}

export interface TableView {
  table: Table;
  role: TableRole | null;
  unit: string; // "元" | "万元" | …
  header: number; // header row count
  columns: Column[];
  rows: Row[];
  blocks: Block[];
  codeKind: 'function' | 'economic' | null;
  /** A consolidated (汇总) table's block of one unit: the unit's name (its rows are its own hierarchy). */
  unitBlock?: string;
  /** The rows' codes were read from their names, the table prints none (lib/rules/support/named-hierarchy.ts). */
  codesFromNames?: boolean;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const CODE_HEADER = /编码|代码|^类$|^款$|^项$|^科目$/;
const NAME_HEADER = /名称|^项目$|^科目名称|^项\s*目$/;
const TOTAL_ROW = /^(合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计|收入合计|支出合计)$/;
const LEVEL_OF: Record<number, 1 | 2 | 3> = { 3: 1, 5: 2, 7: 3 };

const ROW_NUMBER = /^(行次|栏次|序号|编号|行号)$/;

/** A 序号 / 行次 column: it numbers the rows, its digits are no part of a row's 类/款/项 code. */
export const numbersRows = (col: Column): boolean => ROW_NUMBER.test(col.label);

function isCodeText(s: string): boolean {
  return /^\[?\d{2,7}\]?$/.test(s) && !/^0\d{2,}/.test(s);
}

/** A number that can only be an amount: with decimals or separators, or too long for a code. */
function surelyAmount(text: string): boolean {
  const t = squash(text);
  return /\d[.,]\d/.test(t) || (/^-?\d+$/.test(t) && t.length > 7) || (/^[-(（]/.test(t) && isAmount(parseCell(t)));
}

function numeric(text: string): boolean {
  return isAmount(parseCell(squash(text)));
}

/** The header text governing each (row, column): the cell itself, or the span covering it. */
function headerGrid(rows: Cell[][], header: number, width: number): string[][] {
  const grid: string[][] = Array.from({ length: header }, () => Array(width).fill(''));
  for (let r = 0; r < header; r++) {
    for (let c = 0; c < width; c++) {
      const cell = rows[r][c];
      const text = squash(cell?.text ?? '');
      if (!text) continue;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs && r + dr < header; dr++) for (let dc = 0; dc < cs && c + dc < width; dc++) grid[r + dr][c + dc] = text;
    }
  }
  // Without span information, a group label covers the empty cells to its right when the row below
  // splits that stretch ("公务用车购置及运行费" over 小计 | 购置费 | 运行费).
  const hasSpans = rows.slice(0, header).some((r) => r.some((c) => (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1));
  if (!hasSpans) {
    for (let r = 0; r < header - 1; r++) {
      for (let c = 1; c < width; c++) {
        if (!grid[r][c] && grid[r][c - 1] && grid[r + 1][c]) grid[r][c] = grid[r][c - 1];
      }
    }
  }
  return grid;
}

/** "栏次 | 1 | 2 | 3 …" or "** | 1 | 2 …": a row numbering the columns, part of the header. */
export function isColumnIndexRow(cells: Cell[]): boolean {
  const texts = cells.map((c) => squash(c.text)).filter(Boolean);
  const numbers = texts.filter((t) => /^\d{1,2}$/.test(t)).map(Number);
  const marked = texts.some((t) => /^(\*+|栏次|行次)$/.test(t)); // "** | ** | 1": one column, still numbered
  if (
    numbers.length < (marked ? 1 : 2) ||
    (marked && numbers[0] !== 1) ||
    texts.some((t) => !/^\d{1,2}$/.test(t) && !/^(\*+|栏次|行次|序号|[A-Z甲乙丙丁])$/.test(t))
  )
    return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

/**
 * Header row `r` is a 栏次 row whose every number stands under a column that prints its own header
 * above and figures below ("本年收入合计 / 1 / 1668.14"): it numbers those columns and names none.
 * Numbered columns may print no figures (事业收入 … 上年结转 left blank, 长沙 income tables) as long
 * as every figure below stands in a numbered column; a figure in an unnumbered column means the grid
 * is one column off between header and body, and the numbers are kept as the labels (a header name
 * there would sit over the wrong figures).
 */
function numbersHeadedColumns(rows: Cell[][], r: number): boolean {
  if (!isColumnIndexRow(rows[r])) return false;
  const filled = (from: Cell[][], i: number) => from.some((row) => squash(row[i]?.text ?? ''));
  const numbered = rows[r].flatMap((c, i) => (/^\d{1,2}$/.test(squash(c.text)) ? [i] : []));
  const body = rows.slice(r + 1);
  const figures = new Set(body.flatMap((row) => row.flatMap((c, i) => (surelyAmount(c.text) ? [i] : []))));
  return (
    numbered.every((i) => filled(rows.slice(0, r), i)) &&
    numbered.some((i) => filled(body, i)) &&
    [...figures].every((i) => numbered.includes(i))
  );
}

function countHeader(rows: Cell[][]): number {
  const limit = Math.min(MAX_HEADER_ROWS, rows.length);
  for (let r = 0; r < limit; r++) {
    if (isColumnIndexRow(rows[r])) continue;
    const texts = rows[r].map((c) => squash(c.text));
    const codeish = (t: string, c: number) => isCodeText(t) && rows.slice(0, r).some((row) => CODE_HEADER.test(squash(row[c]?.text ?? '')));
    if (texts.some((t, c) => t && (surelyAmount(t) || (numeric(t) && !isCodeText(t))) && !codeish(t, c))) return r;
  }
  // An empty table (空表): the header ends before the first 合计 / 无 row.
  const first = (row: Cell[]) => squash(row.find((c) => squash(c.text))?.text ?? '');
  const end = rows.slice(0, limit).findIndex((row) => TOTAL_ROW.test(first(row)) || /^无$/.test(first(row)));
  return end > 0 ? end : 0;
}

export function buildView(table: Table): TableView {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const header = countHeader(table.rows);
  const grid = headerGrid(table.rows, header, width);
  const body = table.rows.slice(header);
  const columns: Column[] = [];
  const labelRows = grid.filter((_, r) => !numbersHeadedColumns(table.rows, r));
  for (let c = 0; c < width; c++) {
    const path = labelRows.map((row) => row[c]).filter((t, i, a) => t && t !== a[i - 1]);
    const label = path.at(-1) ?? '';
    const cells = body.map((r) => squash(r[c]?.text ?? '')).filter(Boolean);
    const codeCells = cells.filter(isCodeText).length;
    const numericCells = cells.filter(numeric).length;
    const sure = cells.filter(surelyAmount).length;
    const namedAsCode = path.some((p) => CODE_HEADER.test(p)) && !/名称/.test(label);
    const namedAsName = NAME_HEADER.test(label) || /名称/.test(label);
    let kind: Column['kind'] = 'name';
    if (ROW_NUMBER.test(label))
      kind = 'code'; // row numbers, not amounts
    else if (namedAsCode && codeCells >= cells.length * 0.6) kind = 'code';
    else if (!namedAsName && (cells.length ? numericCells >= cells.length * 0.6 : label !== '')) kind = 'amount';
    else if (!namedAsName && cells.length && codeCells >= cells.length * 0.8 && !sure && c < width - 1) kind = 'code';
    columns.push({ index: c, path, label, kind });
  }
  dropWholeSplitQizhong(columns);
  markSecondClassification(columns);
  const rows: Row[] = body.map((cells, i) => readRow(cells, header + i, columns)).filter((r) => !isColumnIndexRow(table.rows[r.index]));
  inheritCodes(rows, table, columns);
  const blocks = splitBlocks(columns);
  const codes = rows.map((r) => r.code).filter(Boolean) as string[];
  const codeKind = !codes.length ? null : codes.filter((c) => c.startsWith('2')).length >= codes.length / 2 ? 'function' : 'economic';
  const headerText = grid.flat().join(' ');
  return { table, role: roleOf(table.title, headerText), unit: table.unit || '', header, columns, rows, blocks, codeKind };
}

const BARE_QIZHONG = /^其中[:：]?$/;
const WHOLE_SPLITS = [
  [/^基本支出$/, /^项目支出$/],
  [/^人员经费$/, /^公用经费$/],
];

/**
 * "小计 | 其中：基本支出 | 项目支出" (福州 templates): a bare 其中 header over both halves of a
 * spending split, right of the total they make up, heads the total's whole breakdown, not a detail
 * of it. The header is dropped so the halves read as the total's parts (W6, W7, X6). A 其中 over
 * one half only, or right of a column that is not a total (基本支出 | 其中：人员经费 | 公用经费), stays.
 */
function dropWholeSplitQizhong(columns: Column[]): void {
  for (let i = 1; i < columns.length; i++) {
    const depth = columns[i].path.findIndex((p) => BARE_QIZHONG.test(p));
    if (depth < 0 || columns[i].kind !== 'amount') continue;
    const head = columns[i].path.slice(0, depth + 1);
    let end = i;
    while (end < columns.length && columns[end].kind === 'amount' && head.every((p, k) => columns[end].path[k] === p)) end++;
    const group = columns.slice(i, end);
    const total = columns[i - 1];
    const labels = group.map((c) => c.path.slice(depth + 1).join(''));
    const split = WHOLE_SPLITS.find(
      (pair) => pair.length === labels.length && pair.every((re) => labels.filter((l) => re.test(l)).length === 1),
    );
    const totalAbove = total.kind === 'amount' && /^(合计|小计)$/.test(total.label) && total.path.length === depth + 1;
    if (split && totalAbove && head.slice(0, depth).every((p, k) => total.path[k] === p))
      for (const c of group) c.path = [...c.path.slice(0, depth), ...c.path.slice(depth + 1)];
    i = end - 1;
  }
}

/**
 * "部门经济科目编码 | 名称 | 政府经济科目编码 | 名称 | amounts" (西安 budgets): a code and name column
 * pair after the row's own code and name, with no amount column between, classifies the same row a
 * second way. It is neither part of the row's code nor the label of a side-by-side block.
 */
function markSecondClassification(columns: Column[]): void {
  const classification = (c: Column) => c.kind === 'code' && /科目/.test(c.label);
  const own = columns.find((c) => c.kind === 'code' && !numbersRows(c));
  const name = own && classification(own) && columns.find((c) => c.kind === 'name' && c.index > own.index);
  if (!name) return;
  for (const c of columns.slice(name.index + 1)) {
    if (c.kind === 'amount') return;
    if (classification(c)) {
      c.secondary = true;
      const next = columns[c.index + 1];
      if (next?.kind === 'name') next.secondary = true;
    }
  }
}

/**
 * 类 | 款 | 项 printed in three columns where a 款 line prints only its own digits ("| 03 |") and a 项
 * line only its own ("| | 99"): the 类 (款) is the one of the line above it.
 */
function inheritCodes(rows: Row[], table: Table, columns: Column[]): void {
  const at = (label: string) => columns.find((c) => c.kind === 'code' && c.path.includes(label))?.index;
  const [lei, kuan, xiang] = [at('类'), at('款'), at('项')];
  if (lei === undefined || kuan === undefined || xiang === undefined) return;
  let lastClass: string | undefined;
  let lastKuan: string | undefined;
  for (const row of rows) {
    const cells = table.rows[row.index] ?? [];
    const text = (i: number) => squash(cells[i]?.text ?? '');
    if (!row.code) {
      const own = (i: number, others: number[]) => /^\d{1,2}$/.test(text(i)) && others.every((o) => !text(o));
      if (lastClass && own(kuan, [lei, xiang])) Object.assign(row, { code: lastClass + text(kuan).padStart(2, '0'), level: 2 });
      else if (lastKuan && own(xiang, [lei, kuan])) Object.assign(row, { code: lastKuan + text(xiang).padStart(2, '0'), level: 3 });
    }
    if (row.code?.length === 3) [lastClass, lastKuan] = [row.code, undefined];
    if (row.code?.length === 5) [lastClass, lastKuan] = [row.code.slice(0, 3), row.code];
    if (row.code?.length === 7) [lastClass, lastKuan] = [row.code.slice(0, 3), row.code.slice(0, 5)];
  }
}

function readRow(cells: Cell[], index: number, columns: Column[]): Row {
  const codeParts: string[] = [];
  let name = '';
  for (const col of columns) {
    const raw = cells[col.index]?.text ?? '';
    const t = squash(raw);
    if (!t || col.secondary || (numbersRows(col) && /^\d+$/.test(t))) continue;
    // "301   2": a 类 and its 款 printed in one cell, the 款 as a number without its leading 0.
    const spaced = col.kind === 'code' ? /^\s*(\d{3})\s+(\d{1,2})\s*$/.exec(raw) : null;
    if (spaced) codeParts.push(spaced[1], spaced[2]);
    else if (col.kind === 'code' && /^\[?\d+\]?$/.test(t)) codeParts.push(t.replace(/[[\]]/g, ''));
    // "类 | 款 | 项" left over from the header on the 合计 line is not the row's name.
    else if (col.kind !== 'amount' && !name && !(col.kind === 'code' && /^[类款项]$/.test(t))) name = t;
  }
  // "2010301行政运行" or "[2010301]行政运行" in one cell.
  const inline = /^\[?(\d{3}(?:\d{2}){0,2})\]?(?![\d年月])(.*)$/.exec(name); // not "2026年"
  if (!codeParts.length && inline && inline[2]) {
    codeParts.push(inline[1]);
    name = inline[2];
  }
  let code = codeParts.join('');
  // 类 | 款 | 项 printed in three columns repeat the parent's digits ("204 | 06 | 01") or not ("| 06 |").
  if (codeParts.length > 1 && codeParts[0].length === 3)
    code =
      codeParts[0] +
      codeParts
        .slice(1)
        .map((p) => p.slice(-2).padStart(2, '0'))
        .join('');
  const level = LEVEL_OF[code.length];
  const texts = rejoinBled(columns.map((col) => (col.kind === 'amount' ? (cells[col.index]?.text ?? '') : null)));
  const values = texts.map((t) => (t === null ? null : cellAmount(t)));
  const firstText = squash(cells.find((c) => squash(c.text))?.text ?? '');
  const total = TOTAL_ROW.test(name) || TOTAL_ROW.test(firstText);
  return { index, code: level ? code : undefined, level, name, total, values };
}

/** Digits printed letter-spaced, one character at a time: "1 7 4 , 9 0 0 . 6 4". */
const LETTER_SPACED = /^-?[\d,.](?:\s[\d,.])+$/;

/**
 * A cell's amount. Letter-spaced digits count only when, joined, they make one well-formed number
 * with 0 or 2 decimals: a glyph that bled in from the next column ("41 0 1 , 8 3 3 . 8") or a
 * wrapped tail ("143,999.0 0") leaves the cell unread (it holds digits but no amount).
 */
export function cellAmount(text: string): Amount | null {
  const a = parseCell(text);
  if (isAmount(a)) return a;
  const wrapped = WRAPPED.exec(text.trim());
  if (wrapped) return twoDecimals(wrapped[1] + wrapped[2], text);
  if (!LETTER_SPACED.test(text.trim())) return null;
  const joined = parseCell(squash(text));
  if (!isAmount(joined) || joined.malformed || ![0, 2].includes(joined.decimals)) return null;
  return { ...joined, text: text.trim() };
}

/**
 * An amount wrapped inside a narrow cell, its line break read as a space: "370,219.2" over "5",
 * "174,900" over ".64". Taken only when the two parts join into one well-formed amount with 2 decimals.
 */
const WRAPPED = /^(-?\d[\d,]*\.\d?|-?\d[\d,]*)\s+(\.?\d{1,2})$/;

function twoDecimals(joined: string, text: string): Amount | null {
  const a = parseCell(joined);
  return isAmount(a) && !a.malformed && a.decimals === 2 ? { ...a, text: text.trim() } : null;
}

/** Letter-spaced digits one decimal short ("1 7 4 , 9 0 0 . 6"), as a joined string, or null. */
function oneShort(text: string | null): boolean {
  if (!text || !LETTER_SPACED.test(text.trim())) return false;
  return /^-?\d{1,3}(,\d{3})*\.\d$|^-?\d+\.\d$/.test(squash(text));
}

/**
 * Letter-spaced amounts whose last glyph bled into the next column: "1 7 4 , 9 0 0 . 6" |
 * "41 0 1 , 8 3 3 . 8" | "44 1 , 5 3 4 . 7 3" is 174,900.64 | 101,833.84 | 41,534.73 (重庆 tables,
 * the wrapped ".64" printed past the column rule). The bled glyph is glued to the next cell's first
 * glyph (no letter space); it moves back only when that makes the short cell a 2-decimal amount.
 */
export function rejoinBled(texts: (string | null)[]): (string | null)[] {
  const out = [...texts];
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1]?.trim() ?? '';
    if (!oneShort(out[i]) || !/^\d(\d\s|\d$|$)/.test(next)) continue;
    const joined = `${out[i]!.trim()} ${next[0]}`;
    if (!twoDecimals(squash(joined), joined)) continue;
    out[i] = joined;
    out[i + 1] = next.slice(1);
  }
  return out;
}

/** A cell that prints digits the reader could not take as one amount. */
export const unreadCell = (text: string, amount: Amount | null): boolean => !amount && /\d/.test(text);

/** Side-by-side layouts repeat a label column: each label column starts a block. */
function splitBlocks(columns: Column[]): Block[] {
  const labels = columns.filter((c) => c.kind === 'name' && !c.secondary);
  if (labels.length < 2) {
    return [
      {
        label: labels[0]?.index ?? -1,
        code: columns.find((c) => c.kind === 'code')?.index,
        amounts: columns.filter((c) => c.kind === 'amount').map((c) => c.index),
      },
    ];
  }
  return labels.map((l, i) => {
    const end = labels[i + 1]?.index ?? columns.length;
    const prevEnd = i === 0 ? 0 : labels[i - 1].index + 1;
    const code = columns.slice(prevEnd, end).find((c) => c.kind === 'code' && c.index < l.index);
    return {
      label: l.index,
      code: code?.index,
      amounts: columns
        .slice(l.index + 1, end)
        .filter((c) => c.kind === 'amount')
        .map((c) => c.index),
    };
  });
}

/** How many 元 one printed unit is (tables in 元, 万元, 亿元). */
export function yuanPerUnit(view: TableView): number | undefined {
  return yuanFactor(view.unit);
}
