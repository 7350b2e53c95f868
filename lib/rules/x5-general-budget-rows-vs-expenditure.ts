import { TABLE_MESSAGES } from './support/table-finding';
import { cellRef } from '../tables';
import { equalCells, first, isFinal, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

// A final account's tables head their total column 本年支出合计.
const GPB_TOTAL = /^(合计|总计|本年支出合计)$/;
const SPEND_TOTAL = /^(合计|总计|支出总计|本年支出合计)$/;

/** Per code, the general-budget table = the spending table, when all money is general budget (equal totals, same unit). */
export function generalBudgetRowsVsSpending(ctx: RuleContext, id: string): FindingDraft[] {
  const gpb = first(ctx, 'gpb-expenditure');
  const spend = first(ctx, 'expenditure');
  const gpbTotal = totalCell(gpb, GPB_TOTAL);
  const spendTotal = totalCell(spend, SPEND_TOTAL);
  if (
    !gpb ||
    !spend ||
    !gpbTotal?.amount ||
    !spendTotal?.amount ||
    !gpbTotal.amount.value.eq(spendTotal.amount.value) ||
    gpb.unit !== spend.unit
  )
    return [];
  // The totals' own columns (a table of one 金额 column totals there).
  const gcol = gpb.columns[gpbTotal.col];
  const scol = spend.columns[spendTotal.col];
  const out: FindingDraft[] = [];
  for (const row of gpb.rows.filter((r) => r.code && r.values[gcol.index])) {
    const twin = spend.rows.find((r) => r.code === row.code && r.name.replace(/\s/g, '') === row.name.replace(/\s/g, ''));
    if (twin?.values[scol.index])
      out.push(
        ...equalCells(
          ctx,
          id,
          {
            zh: `${row.code} ${row.name}：一般公共预算支出表 = 支出表（全部为一般公共预算）`,
            en: `${row.code} ${row.name}: general-budget spending table = spending table (all money is general budget)`,
          },
          cellRef(gpb, row, gcol.index),
          cellRef(spend, twin, scol.index),
        ),
      );
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'X5',
    kind: 'hard',
    description: {
      zh: '全部资金为一般公共预算时，一般公共预算支出表各科目等于支出表对应科目',
      en: 'When all money is general budget, each code row of the general-budget table equals the spending table’s',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [] : generalBudgetRowsVsSpending(ctx, 'X5')),
};
export default rule;
