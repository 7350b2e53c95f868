// Shared arithmetic for table identities: total cell = Σ part cells, with every cell as evidence.
import { compareSum, compareEqual, type Operand } from '../../amount';
import { amountIn, cellValue, unreadCell, type CellRef, type TableView } from '../../tables';
import type { FindingDraft } from './sum-finding';
import { fmt } from './sum-finding';
import type { Localized, RuleContext, Status } from '../types';
import type { Table } from '../../model';
import type { Messages } from './message';

/** What an identity compares: document text (titles, row names) with the table role words in both languages. */
export type What = string | Localized;

/** Pieces of a label joined; in both languages when any piece is. */
export function joinWhat(...parts: What[]): What {
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  const inLang = (lang: 'zh' | 'en') => parts.map((p) => (typeof p === 'string' ? p : p[lang])).join('');
  return { zh: inLang('zh'), en: inLang('en') };
}

/** A table by its printed title; an untitled one by its page (its internal id is no word of either language). */
export function tableName(view: TableView): What {
  return view.table.title || { zh: `第 ${view.table.page} 页的表`, en: `the table on p. ${view.table.page}` };
}

/** The words of every table identity (the rules built on cellSumFinding / cellEqualFinding use these). */
export const TABLE_MESSAGES: Messages = {
  pass: { zh: '{what}：{n}项之和 {sum} 等于 {total}', en: '{what}: the {n} parts add up to {sum}, equal to {total}' },
  rounding: {
    zh: '{what}：{n}项之和 {sum} 与 {total} 相差 {diff}，在四舍五入范围内',
    en: '{what}: the {n} parts add up to {sum}; {total} differs by {diff}, within rounding',
  },
  fail: {
    zh: '{what}：{n}项之和 {sum} 与 {total} 不符，相差 {diff} {unit}',
    en: '{what}: the {n} parts add up to {sum}, but the total is {total} (off by {diff} {unit})',
  },
  failUnit: {
    zh: '{what}：{n}项之和 {sum} 与 {total} 相差约一万倍，疑为单位（元/万元）错误',
    en: '{what}: the {n} parts add up to {sum} against {total}, about 10,000 times apart — a 元/万元 unit error',
  },
  eqPass: { zh: '{what}：{a} 与 {b} 相等', en: '{what}: {a} equals {b}' },
  eqRounding: { zh: '{what}：{a} 与 {b} 相差 {diff}，在四舍五入范围内', en: '{what}: {a} and {b} differ by {diff}, within rounding' },
  eqFail: { zh: '{what}：{a} 与 {b} 不一致，相差 {diff} {unit}', en: '{what}: {a} and {b} disagree (off by {diff} {unit})' },
  continuedFrom: {
    zh: '{what}：{n}项之和 {sum} 小于 {total}；上一页印有同名的表格，本表可能是它的续页（部分项目在上一页），未核对',
    en: '{what}: the {n} parts add up to {sum}, less than {total}; the previous page prints a table of the same title that this one may continue (some parts there), so this was not checked',
  },
  mayContinue: {
    zh: '{what}：{n}项之和 {sum} 小于 {total}；该表下一页另起无标题的表格，可能是本表的续页，未核对',
    en: '{what}: the {n} parts add up to {sum}, less than {total}; the next page opens an untitled table that may continue this one, so this was not checked',
  },
  unread: {
    zh: '{what}：单元格“{text}”（第 {page} 页）无法读成一个数字，未核对',
    en: '{what}: the cell "{text}" (p. {page}) could not be read as one number; not checked',
  },
  namedLevels: {
    zh: '{what}：{n}项之和 {sum} 与 {total} 不符；此表未印科目编码，类、款、项按名称判断，其中有科目目录中没有的名称（可能是一款而非一项），未核对',
    en: '{what}: the {n} parts add up to {sum} against {total}; the table prints no codes, its 类/款/项 were read from the names and one of them is not in the catalogue (it may be a 款, not a 项), so this was not checked',
  },
  eqFailUnit: {
    zh: '{what}：{a} 与 {b} 相差约一万倍，疑为单位（元/万元）错误',
    en: '{what}: {a} and {b} are about 10,000 times apart — a 元/万元 unit error',
  },
};

/** The unit both sides are compared in: the coarser of the two (domain.md §B.7 item 3). */
function commonUnit(refs: CellRef[]): string {
  const units = refs.map((r) => r.view.unit).filter(Boolean);
  return units.includes('亿元') ? '亿元' : units.includes('万元') ? '万元' : (units[0] ?? '');
}

function printed(op: Operand, unit: string): string {
  return `${fmt(op.value, op.decimals)}${unit ? ' ' + unit : ''}`;
}

/** The first cell that prints digits but was not read as an amount (letter-spaced, bled, wrapped). */
function unreadRef(refs: CellRef[]): CellRef | undefined {
  return refs.find((r) => unreadCell(r.view.table.rows[r.row.index]?.[r.col]?.text ?? '', r.amount));
}

function unreadFinding(ctx: RuleContext, rule: string, what: What, refs: CellRef[], bad: CellRef): FindingDraft {
  const v = cellValue(bad);
  return {
    rule,
    status: 'unverifiable',
    messageId: 'unread',
    data: { what, text: v.text.slice(0, 30), page: v.page },
    formula: '',
    values: refs.map((r) => cellValue(r)),
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence: evidenceOf(refs),
    table: refs[0].view.table.id,
    tableTitle: refs[0].view.table.title || refs[0].view.table.id,
  };
}

/** total = Σ parts over cells (possibly of different tables and units). */
/** The previous page ends with a table of the same title (a continuation printed with its title again, not joined). */
function continuesTitled(ctx: RuleContext, table: Table): boolean {
  const title = table.title.replace(/\s/g, '');
  return (
    title !== '' &&
    ctx.doc.tables.some((t) => t !== table && t.title.replace(/\s/g, '') === title && (t.pageEnd ?? t.page) === table.page - 1)
  );
}

export function cellSumFinding(ctx: RuleContext, rule: string, what: What, total: CellRef, parts: CellRef[]): FindingDraft {
  const bad = unreadRef([total, ...parts]);
  if (bad) return unreadFinding(ctx, rule, what, [total, ...parts], bad);
  const unit = commonUnit([total, ...parts]);
  const t = amountIn(total, unit);
  const ops = parts.map((p) => amountIn(p, unit));
  const v = compareSum(ops, t, ctx.tolerance);
  const decimals = Math.max(t.decimals, ...ops.map((o) => o.decimals));
  const data = {
    what,
    n: parts.length,
    sum: fmt(v.expected, decimals),
    total: printed(t, unit),
    diff: v.difference.abs().toString(),
    unit,
  };
  // Parts short of their total in a table that may go on over the page: the rest may be there.
  const short = v.status === 'fail' && !v.unitError && v.expected.lt(t.value);
  const cut = short && total.view.table.mayContinue;
  const continued = short && !cut && continuesTitled(ctx, total.view.table);
  const status: Status = cut || continued ? 'unverifiable' : v.status;
  return {
    rule,
    status,
    messageId: cut ? 'mayContinue' : continued ? 'continuedFrom' : status === 'fail' && v.unitError ? 'failUnit' : status,
    data,
    formula: `${ops.map((o) => fmt(o.value, o.decimals)).join(' + ')} = ${fmt(t.value, t.decimals)}${unit ? ' ' + unit : ''}`,
    values: [cellValue(total), ...parts.map((p) => cellValue(p))],
    expected: `${data.sum} ${unit}`.trim(),
    actual: printed(t, unit),
    difference: v.difference.toString(),
    tolerance: v.toleranceText,
    evidence: evidenceOf([total, ...parts]),
    table: total.view.table.id,
    tableTitle: total.view.table.title || total.view.table.id,
  };
}

/** a = b for two cells that print the same quantity (in the same or different tables). */
export function cellEqualFinding(ctx: RuleContext, rule: string, what: What, a: CellRef, b: CellRef): FindingDraft {
  const bad = unreadRef([a, b]);
  if (bad) return unreadFinding(ctx, rule, what, [a, b], bad);
  const unit = commonUnit([a, b]);
  const x = amountIn(a, unit);
  const y = amountIn(b, unit);
  const v = compareEqual(x, y, ctx.tolerance);
  const data = { what, a: printed(x, unit), b: printed(y, unit), diff: v.difference.abs().toString(), unit };
  const key = v.status === 'pass' ? 'eqPass' : v.status === 'rounding' ? 'eqRounding' : v.unitError ? 'eqFailUnit' : 'eqFail';
  return {
    rule,
    status: v.status,
    messageId: key,
    data,
    formula: `${fmt(x.value, x.decimals)} = ${fmt(y.value, y.decimals)}${unit ? ' ' + unit : ''}`,
    values: [cellValue(a), cellValue(b)],
    expected: data.a,
    actual: data.b,
    difference: v.difference.toString(),
    tolerance: v.toleranceText,
    evidence: evidenceOf([a, b]),
    table: b.view.table.id,
    tableTitle: b.view.table.title || b.view.table.id,
  };
}

function evidenceOf(refs: CellRef[]) {
  const seen = new Set<string>();
  return refs.flatMap((r) => {
    if (seen.has(r.view.table.id)) return [];
    seen.add(r.view.table.id);
    return [{ page: r.view.table.page, text: r.view.table.title || r.view.table.id, bbox: r.view.table.bbox }];
  });
}
