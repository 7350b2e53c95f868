import { TABLE_MESSAGES } from './support/table-finding';
import { equalCells, first, isFinal, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/** Budgets: the project table's total = the spending table's 项目支出. */
function projectsVsSpending(ctx: RuleContext): FindingDraft[] {
  if (isFinal(ctx)) return [];
  return equalCells(
    ctx,
    'X7',
    { zh: '项目支出表合计 = 支出表项目支出', en: 'project table total = spending table’s project spending' },
    totalCell(first(ctx, 'projects'), /^(合计|总计|项目支出)$/),
    totalCell(first(ctx, 'expenditure'), /^项目支出$/),
  );
}

const rule: Rule = {
  meta: {
    id: 'X7',
    kind: 'hard',
    description: {
      zh: '项目支出表合计等于支出表项目支出合计',
      en: 'The project table total equals project spending in the spending table',
    },
    messages: TABLE_MESSAGES,
  },
  check: projectsVsSpending,
};
export default rule;
