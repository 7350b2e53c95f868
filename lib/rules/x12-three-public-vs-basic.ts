import { Decimal } from '../amount';
import { amountIn, cellRef, cellValue, viewsByRole, type CellRef, type Column, type TableView } from '../tables';
import { threePublicRows, type ThreePublicRows } from './support/three-public-rows';
import type { FindingDraft } from './support/sum-finding';
import { fmt } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import type { Messages } from './support/message';
import { totalColumn } from './support/columns';
import { SOFT_THREE_PUBLIC } from './support/tolerances';

const MESSAGES: Messages = {
  pass: {
    zh: '{item}（基本支出）{basic} 不超过“三公”经费表中的{column} {three}',
    en: "{item} (basic spending) {basic} is within the 三公 table's {column} {three}",
  },
  warn: {
    zh: '{item}（基本支出）{basic} 超过了“三公”经费表中的{column} {three}（“三公”经费包括基本和项目支出，应不小于其基本支出部分）',
    en: "{item} (basic spending) {basic} exceeds the 三公 table's {column} {three}",
  },
};

/** X12 (soft): each 三公 item in the basic-spending table ≤ the same item in the 三公 table. */
const THREE_PUBLIC_CODES: [string, RegExp, keyof ThreePublicRows][] = [
  ['30212', /因公出国/, 'trips'],
  ['30217', /公务接待/, 'hospitality'],
  ['30231', /运行(维护)?费$/, 'running'],
  ['31013', /购置费$/, 'purchase'],
];

/**
 * The 三公 table's cell for an item: its column in the 合计 (or only) row, or (a table printed as rows) its
 * line. Not last year's column, whether headed 上年 or by its year ("2021年 | 2022年 | 增减变化情况").
 */
function threeCell(three: TableView, label: RegExp, line: keyof ThreePublicRows, year?: number): CellRef | undefined {
  const otherYear = (p: string) => [...p.matchAll(/(20\d{2})\s*年/g)].some((m) => year !== undefined && Number(m[1]) !== year);
  const current = (c: Column, not: RegExp) => c.kind === 'amount' && !c.path.some((p) => not.test(p) || otherYear(p));
  const filled = three.rows.filter((r) => r.values.some(Boolean));
  // The 合计 above the units' lines, else the only (or this year's, the last) line.
  const dataRow = filled.find((r) => r.total && !r.code && /^(合计|总计)$/.test(r.name)) ?? filled.find((r) => r.total) ?? filled.at(-1);
  const column = three.columns.find((c) => current(c, /上年|决算|增减|变化/) && label.test(c.label));
  if (dataRow && column && dataRow.values[column.index]) return cellRef(three, dataRow, column.index);
  const row = threePublicRows(three)[line];
  const amount = three.columns.find((c) => current(c, /上年|决算|增减|变化|比/));
  return row && amount && row.values[amount.index] ? cellRef(three, row, amount.index) : undefined;
}

function threePublicSubsetFindings(ctx: RuleContext): FindingDraft[] {
  const basic = viewsByRole(ctx.doc, 'gpb-basic').find((v) => v.codeKind === 'economic');
  const three = viewsByRole(ctx.doc, 'three-public')[0];
  if (!basic || !three) return [];
  const all = totalColumn(basic);
  if (!all) return [];
  const out: FindingDraft[] = [];
  for (const [code, label, line] of THREE_PUBLIC_CODES) {
    const row = basic.rows.find((r) => r.code === code && (label.test(r.name) || /因公出国|公务接待|公务用车/.test(r.name)));
    const b = threeCell(three, label, line, ctx.doc.info.year);
    if (!row?.values[all.index] || !b) continue;
    const a = cellRef(basic, row, all.index);
    const unit = three.unit || basic.unit;
    const x = amountIn(a, unit);
    const y = amountIn(b, unit);
    const ok = x.value.lte(y.value.plus(new Decimal(0.5).times(new Decimal(10).pow(-Math.min(x.decimals, y.decimals)))));
    out.push({
      rule: 'X12',
      status: ok ? 'pass' : 'warn',
      messageId: ok ? 'pass' : 'warn',
      data: {
        item: `${row.code} ${row.name}`,
        basic: `${fmt(x.value, x.decimals)} ${unit}`,
        column: label.test(three.columns[b.col].label) ? three.columns[b.col].label : b.row.name,
        three: `${fmt(y.value, y.decimals)} ${unit}`,
      },
      formula: `${fmt(x.value, x.decimals)} ≤ ${fmt(y.value, y.decimals)} ${unit}`,
      values: [cellValue(a), cellValue(b)],
      expected: `≤ ${fmt(y.value, y.decimals)} ${unit}`,
      actual: `${fmt(x.value, x.decimals)} ${unit}`,
      difference: x.value.minus(y.value).toString(),
      tolerance: SOFT_THREE_PUBLIC,
      evidence: [
        { page: basic.table.page, text: basic.table.title },
        { page: three.table.page, text: three.table.title },
      ],
      table: three.table.id,
    });
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'X12',
    kind: 'soft',
    description: {
      zh: '基本支出表中的因公出国、公务接待、公务用车费用不超过“三公”经费表中对应项',
      en: 'Trips abroad, hospitality and vehicle costs in the basic-spending table do not exceed the 三公 table’s items',
    },
    messages: MESSAGES,
  },
  check: threePublicSubsetFindings,
};
export default rule;
