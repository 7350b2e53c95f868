import { TABLE_MESSAGES } from './support/table-finding';
import { allGeneralBudget, equalCells, first, isFinal, summaryCell, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/**
 * The general-budget spending table's total = the fiscal summary's general-budget spending (its
 * 一般公共预算 column, or its spending total when all its money is general budget).
 */
export function generalBudgetVsFiscalSummary(ctx: RuleContext, id: string): FindingDraft[] {
  const fiscal = first(ctx, 'fiscal-summary');
  const spending =
    summaryCell(fiscal, /^(支出总计|本年支出合计)$/, /一般公共预算/) ??
    (allGeneralBudget(fiscal) ? summaryCell(fiscal, /^(本年支出合计|支出合计|支出总计)$/) : undefined);
  return equalCells(
    ctx,
    id,
    {
      zh: '一般公共预算支出表合计 = 财政拨款收支总表一般公共预算支出',
      en: 'general-budget spending table total = fiscal summary’s general-budget spending',
    },
    totalCell(first(ctx, 'gpb-expenditure'), /^(合计|总计)$/),
    spending,
  );
}

const rule: Rule = {
  meta: {
    id: 'X4',
    kind: 'hard',
    description: {
      zh: '一般公共预算支出表合计等于财政拨款收支总表中的一般公共预算支出',
      en: 'The general-budget spending table total equals the general-budget spending in the fiscal summary',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [] : generalBudgetVsFiscalSummary(ctx, 'X4')),
};
export default rule;
