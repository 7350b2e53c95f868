import { TABLE_MESSAGES } from './support/table-finding';
import { isFinal } from './support/cross-table-cells';
import { generalBudgetVsFiscalSummary } from './x4-general-budget-vs-fiscal-summary';
import { generalBudgetRowsVsSpending } from './x5-general-budget-rows-vs-expenditure';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

// The final account's form of X4 and X5.

const rule: Rule = {
  meta: {
    id: 'X10',
    kind: 'hard',
    description: {
      zh: '决算：一般公共预算财政拨款支出决算表等于财政拨款收支决算总表的一般公共预算支出',
      en: 'Final accounts: the general-budget table equals the general-budget spending of the fiscal summary',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [...generalBudgetVsFiscalSummary(ctx, 'X10'), ...generalBudgetRowsVsSpending(ctx, 'X10')] : []),
};
export default rule;
