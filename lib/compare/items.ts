// The line items of one document a year-over-year comparison can align: classification-code rows
// of the function / economic tables, and the lines of the 收支总表 by normalised name.
import type { DisclosureDocument } from '../model';
import { tableViews, outlineOf, cellRef, numbersRows, type Block, type CellRef, type TableView, type Row } from '../tables';
import { CodeDictionary } from '../glossary';

export interface LineItem {
  key: string; // "gpb-expenditure:201", "summary:支出:221", "summary:收入:收入总计"
  group: string; // what fuzzy name matching stays within: "summary:支出", "gpb-expenditure"
  role: string;
  code?: string;
  level?: number;
  name: string;
  total: boolean;
  cell: CellRef;
  unit: string; // the table's unit (a continuation inherits its first part's)
}

const CODED_ROLES = new Set(['expenditure', 'gpb-expenditure', 'gpb-basic', 'fund', 'soe']);
const NUMBERING = /^([一二三四五六七八九十]+[、.．]|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/;
const CARRY_TOTAL = /^(本年|当年)(收入|支出)(合计|小计)?$/;
const TOTAL_COLUMN = /合计|总计|小计|^金额$|^本年支出$|^支出$/;

let dictionary: CodeDictionary | undefined;
const codes = () => (dictionary ??= new CodeDictionary());

export function normName(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(NUMBERING, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[（(](类|款|项)[)）]/g, '')
    .replace(/[“”"]/g, '');
}

/** Totals carry different words across years ("收入合计" / "收入总计"): one canonical name each. */
function canonicalTotal(name: string, side: string, kind: string): string {
  const s = /收入/.test(name) ? '收入' : /支出/.test(name) ? '支出' : side;
  return kind === 'subtotal' || /^(本年|当年)/.test(name) ? `本年${s}合计` : `${s}总计`;
}

/** The column an item's amount is read from: the 合计 column, else the first amount column. */
function mainColumn(view: TableView, amounts: number[]): number | undefined {
  return amounts.find((c) => TOTAL_COLUMN.test(view.columns[c].label)) ?? amounts[0];
}

const LEVEL_OF: Record<number, number> = { 3: 1, 5: 2, 7: 3 };

/** Code and name of a row within one block of a side-by-side code table (工资福利 | 商品和服务). */
function blockLine(view: TableView, row: Row, from: number, block: Block): { code?: string; name: string } {
  const cells = view.table.rows[row.index] ?? [];
  const text = (c: number) => (cells[c]?.text ?? '').replace(/[\s\u3000]+/g, '');
  // "301   2" in one cell: 类 and 款, the 款 printed as a number without its leading 0.
  const parts = view.columns
    .filter((c) => c.kind === 'code' && !numbersRows(c) && c.index >= from && c.index < block.label)
    .flatMap((c) =>
      /^\s*\d{3}\s+\d{1,2}\s*$/.test(cells[c.index]?.text ?? '') ? cells[c.index].text.trim().split(/\s+/) : [text(c.index)],
    )
    .filter((t) => /^\d+$/.test(t));
  const code =
    parts.length > 1 && parts[0].length === 3
      ? parts[0] +
        parts
          .slice(1)
          .map((p) => p.slice(-2).padStart(2, '0'))
          .join('')
      : parts.join('');
  return { code: LEVEL_OF[code.length] ? code : undefined, name: normName(text(block.label)) };
}

function codedItems(view: TableView, out: LineItem[], seen: Set<string>): void {
  const role = view.role!;
  view.blocks.forEach((block, b) => {
    const col = mainColumn(view, block.amounts);
    if (col === undefined) return;
    const from = b === 0 ? 0 : view.blocks[b - 1].amounts.at(-1)! + 1;
    for (const row of view.rows) {
      // One block: the row as lib/tables read it; several: each block's own code and name columns.
      const line = view.blocks.length === 1 ? { code: row.code, name: normName(row.name) } : blockLine(view, row, from, block);
      const total = !line.code && (row.total || /^(合计|总计)$/.test(line.name));
      const key = line.code ? `${role}:${line.code}` : total ? `${role}:合计` : '';
      if (!key || seen.has(key) || (!row.values[col] && !line.code)) continue;
      seen.add(key);
      out.push({
        key,
        group: role,
        role,
        code: line.code,
        level: line.code ? LEVEL_OF[line.code.length] : undefined,
        name: line.code ? line.name : '合计',
        total: !line.code,
        cell: cellRef(view, row, col),
        unit: view.unit,
      });
    }
  });
}

function rowTotal(view: TableView, row: Row, after: number): CellRef | undefined {
  const col = view.columns.find((c) => c.kind === 'amount' && c.index > after && row.values[c.index])?.index;
  return col === undefined ? undefined : cellRef(view, row, col);
}

/** The first amount printed on the row in the block's columns (a column split in two by extraction). */
function inBlock(view: TableView, row: Row, cols: number[]): CellRef | undefined {
  const col = cols.find((c) => row.values[c]);
  return col === undefined ? undefined : cellRef(view, row, col);
}

const functionCode = (name: string) =>
  codes()
    .codesNamed(name)
    .find((c) => c.length === 3 && c.startsWith('2'));

function summaryItems(view: TableView, out: LineItem[], seen: Set<string>, unit: string): void {
  view.blocks.forEach((block, b) => {
    const col = mainColumn(view, block.amounts);
    if (col === undefined || block.label < 0) return;
    const side = b === 0 ? '收入' : '支出';
    const outline = outlineOf(view, block, col);
    for (let k = 0; k < outline.length; k++) {
      const item = outline[k];
      let name = normName(item.name);
      if (!name) continue;
      let rows = [item.cell.row];
      // A name wrapped onto the next row ("社会保障和就" / "业支出"): joined when that makes a known name.
      const next = outline[k + 1] ? normName(outline[k + 1].name) : '';
      if (side === '支出' && next && !functionCode(name) && functionCode(name + next)) {
        name += next;
        rows = [item.cell.row, outline[++k].cell.row];
      }
      const total = item.kind === 'total' || item.kind === 'subtotal' || CARRY_TOTAL.test(name);
      // Function-class lines go by code (renamed lines keep their code), the rest by name.
      const code = side === '支出' && !total ? functionCode(name) : undefined;
      const label = total ? canonicalTotal(name, side, item.kind) : (code ?? name);
      const key = `summary:${side}:${label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let cell = item.cell.amount ? item.cell : undefined;
      for (const row of rows) cell ??= inBlock(view, row, block.amounts);
      // A total printed only under another block of the same row ("收入合计 … | … | 15897.44").
      if (!cell && total) cell = rowTotal(view, item.cell.row, block.label);
      out.push({
        key,
        group: `summary:${side}`,
        role: 'summary',
        code,
        level: item.level,
        name: total ? label : name,
        total,
        cell: cell ?? item.cell,
        unit,
      });
    }
  });
}

/** A coded table continued: same columns, no total row of its own, none of the codes again. */
function continues(first: TableView, part: TableView): boolean {
  const codes = new Set(first.rows.map((r) => r.code).filter(Boolean));
  return part.columns.length === first.columns.length && !part.rows.some((r) => r.total || (r.code && codes.has(r.code)));
}

/** Tables listed by function code; one whose codes are economic is another table under a similar title (机关运行经费). */
const FUNCTION_ROLES = new Set(['expenditure', 'gpb-expenditure', 'fund', 'soe']);

export function lineItems(doc: DisclosureDocument): LineItem[] {
  const out: LineItem[] = [];
  const seen = new Set<string>();
  let previous: TableView | undefined;
  for (const read of tableViews(doc)) {
    // An untitled table right after a known one, on the next page, is its continuation (a multi-page
    // table): it takes that table's role and, if it prints none, its unit.
    const next =
      !read.role && !read.table.title && previous?.role && read.table.page === (previous.table.pageEnd ?? previous.table.page) + 1;
    const continued = next && (previous!.role === 'summary' || continues(previous!, read)) ? previous : undefined;
    const view = continued ? { ...read, role: continued.role } : read;
    const unit = view.unit || (continued ? continued.unit : '');
    previous = view;
    if (view.role === 'summary') summaryItems(view, out, seen, unit);
    else if (view.role && CODED_ROLES.has(view.role) && view.codeKind && !(FUNCTION_ROLES.has(view.role) && view.codeKind === 'economic'))
      codedItems({ ...view, unit }, out, seen);
  }
  return out;
}
