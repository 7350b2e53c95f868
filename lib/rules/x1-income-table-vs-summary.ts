import { TABLE_MESSAGES } from './support/table-finding';
import { cellRef, outlineOf } from '../tables';
import { equalCells, equalsOneOf, first, isFinal, stripNumbering, summaryCell, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/** The income table's total = the summary's 本年收入合计 (or 收入总计 when the income table includes carry-overs). */
export function incomeTableVsSummary(ctx: RuleContext, id: string): FindingDraft[] {
  const summary = first(ctx, 'summary');
  return equalsOneOf(
    ctx,
    id,
    {
      zh: '收入表合计 = 收支总表本年收入合计（或收入总计）',
      en: 'income table total = summary table’s income this year (or total income)',
    },
    totalCell(first(ctx, 'income'), /^(合计|总计|小计|本年收入合计)$/),
    [summaryCell(summary, /^(本年|当年)收入(合计|小计)$/), summaryCell(summary, /^(收入总计|总计)$/)],
  );
}

/** A source's name in either table: numbering, spaces and a closing 收入 dropped ("一、一般公共预算拨款收入" → 一般公共预算拨款). */
const sourceKey = (s: string) => stripNumbering(s.replace(/\s/g, '')).replace(/收入$/, '');

/**
 * Each source column's total in the income table = the summary's income line of the same name
 * (一般公共预算拨款收入, 事业收入, 上年结转…). A column under a group (本级财政拨款 › 金额) goes by the
 * group's name; 其中 details and names the summary prints not exactly once are left alone.
 */
export function sourceColumnsVsSummary(ctx: RuleContext, id: string): FindingDraft[] {
  const summary = first(ctx, 'summary');
  const income = first(ctx, 'income');
  const block = summary?.blocks.length && summary.blocks.length >= 2 ? summary.blocks[0] : undefined;
  if (!summary || !income || block?.amounts[0] === undefined) return [];
  const lines = outlineOf(summary, block, block.amounts[0]).filter((i) => i.kind === 'item' && i.cell.amount);
  const total = income.rows.find((r) => r.total && !r.code && r.values.some(Boolean));
  if (!total) return [];
  // Columns under a 上年结转结余 group (一般公共预算 carried over, 杭州) are not the summary's this-year lines.
  const sources = income.columns.flatMap((col) => {
    if (col.kind !== 'amount' || /^(合计|总计|小计)$/.test(col.label) || col.path.some((p) => /其中|上年(?!结转)/.test(p))) return [];
    if (col.path.slice(0, -1).some((p) => /结转|结余/.test(p))) return [];
    const name = /^(金额|预算数)$/.test(col.label) && col.path.length > 1 ? col.path[col.path.length - 2] : col.label;
    return [{ col, name }];
  });
  const out: FindingDraft[] = [];
  for (const { col, name } of sources) {
    const same = lines.filter((i) => sourceKey(i.name) === sourceKey(name));
    const twins = sources.filter((s) => sourceKey(s.name) === sourceKey(name));
    if (same.length !== 1 || twins.length !== 1 || !total.values[col.index]) continue;
    out.push(
      ...equalCells(
        ctx,
        id,
        { zh: `收入表${name}合计 = 收支总表${same[0].name}`, en: `income table ${name} total = summary table’s ${same[0].name}` },
        cellRef(income, total, col.index),
        same[0].cell,
      ),
    );
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'X1',
    kind: 'hard',
    description: {
      zh: '收入表合计等于收支总表本年收入合计，各收入来源列合计等于收支总表同名收入项',
      en: 'The income table total equals this year’s income in the summary table, and each source column’s total the summary’s line of that name',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [] : [...incomeTableVsSummary(ctx, 'X1'), ...sourceColumnsVsSummary(ctx, 'X1')]),
};
export default rule;
