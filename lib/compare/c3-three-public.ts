// C3 for the “三公” table (domain.md §A.6, F7 预算数 = B08): the 预算数 columns of a final account's
// “三公”经费支出决算表 against the same year's budget's “三公”经费预算表, item by item.
import type { DisclosureDocument } from '../model';
import { tableViews, type TableView } from '../tables';
import type { CellAt } from './checks';

const ITEMS: [RegExp, string][] = [
  [/因公出国/, '因公出国（境）费'],
  [/公务接待/, '公务接待费'],
  [/^(公务用车)?购置费$/, '公务用车购置费'],
  [/^(公务用车)?运行(维护)?费$/, '公务用车运行费'],
  [/公务用车购置及运行/, '公务用车购置及运行费'],
  [/三公.*(合计|小计|总额)$/, '合计'],
];
/** Other spending printed beside the “三公” in one table: a bare 合计 there is not the 三公 total. */
const BESIDE = /会议费|培训费|机关运行/;
/** Columns that are not this year's budget: last year's, an outturn, the 机关运行经费 beside it. */
const OTHER = /上年|执行|决算|机关运行/;

function itemOf(path: string[], alone: boolean): string | undefined {
  const words = path.map((x) => x.replace(/\s/g, ''));
  // The lowest header that names an item; 合计 / 小计 stand for the header above them.
  for (let i = words.length - 1; i >= 0; i--) {
    const p = /^(合计|小计)$/.test(words[i]) && i > 0 ? `${words[i - 1]}${words[i]}` : words[i];
    const hit = ITEMS.find(([re]) => re.test(p));
    if (hit) return hit[1];
    if (words[i] === '合计' && alone) return '合计';
  }
  return undefined;
}

/** A 栏次 row numbers the columns 1, 2, 3 …: not figures. */
const isNumbering = (view: TableView, row: TableView['rows'][number]) => {
  const vs = view.columns.filter((c) => c.kind === 'amount').map((c) => row.values[c.index]?.value.toNumber());
  return vs.length > 2 && vs.every((v, i) => v === i + 1);
};

/** Item → cell of one document's 三公 table: items across (one figures row) or down (one line each). */
export function threePublicBudget(doc: DisclosureDocument, final: boolean): Map<string, CellAt> {
  const views = tableViews(doc).filter((v) => v.role === 'three-public' && !v.unitBlock);
  if (views.length !== 1) return new Map();
  const view = views[0];
  const rows = view.rows.filter((r) => r.values.some(Boolean) && !isNumbering(view, r));
  return rows.length === 1 ? across(doc, view, rows[0], final) : down(doc, view, rows, final);
}

/** Is this column the budget (a final's 预算数; a budget's own year, not last year's, not an outturn)? */
function budgetColumn(doc: DisclosureDocument, view: TableView, c: TableView['columns'][number], final: boolean): boolean {
  const words = c.path.join('');
  if (final) return /预算/.test(words) && !/决算/.test(c.label);
  if (OTHER.test(words)) return false;
  // "2025年预算数 | 2026年预算数": the document's own year.
  const dated = view.columns.some((x) => /20\d\d年/.test(x.path.join('')));
  return !dated || (doc.info.year !== undefined && words.includes(`${doc.info.year}年`));
}

function across(doc: DisclosureDocument, view: TableView, row: TableView['rows'][number], final: boolean): Map<string, CellAt> {
  const out = new Map<string, CellAt>();
  const alone = !view.columns.some((c) => BESIDE.test(c.path.join('')));
  const seen = new Map<string, number>();
  for (const c of view.columns) {
    if (c.kind !== 'amount' || !budgetColumn(doc, view, c, final)) continue;
    const item = itemOf(c.path, alone);
    if (!item) continue;
    seen.set(item, (seen.get(item) ?? 0) + 1);
    if (row.values[c.index]) out.set(item, { doc, view, row, col: c.index, label: `“三公”经费 ${item} · 预算数` });
  }
  // An item under two budget columns (this year and another) is not read.
  for (const [item, n] of seen) if (n > 1) out.delete(item);
  return out;
}

const LINE_MARK = /^(其中[:：]?)?([（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?/;

/** Items as lines ("“三公”经费", "（一）因公出国（境）支出", "1.公务用车购置费"), read in the 合计 (else the only) budget column. */
function down(doc: DisclosureDocument, view: TableView, rows: TableView['rows'], final: boolean): Map<string, CellAt> {
  const out = new Map<string, CellAt>();
  const cols = view.columns.filter((c) => c.kind === 'amount' && budgetColumn(doc, view, c, final));
  const col = (cols.length === 1 ? cols[0] : cols.find((c) => c.label === '合计'))?.index;
  if (col === undefined) return out;
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.replace(/\s/g, '').replace(LINE_MARK, '').replace(/支出$/, '');
    const item = ITEMS.find(([re]) => re.test(name))?.[1] ?? (/^“?三公”?经费$/.test(name) ? '合计' : undefined);
    if (!item) continue;
    if (seen.has(item)) out.delete(item);
    else if (row.values[col]) out.set(item, { doc, view, row, col, label: `“三公”经费 ${item} · ${view.columns[col].label}` });
    seen.add(item);
  }
  return out;
}
