import { TABLE_MESSAGES } from './support/table-finding';
import { isFinal } from './support/cross-table-cells';
import { incomeTableVsSummary } from './x1-income-table-vs-summary';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

// The final account's form of X1.

const rule: Rule = {
  meta: {
    id: 'X8',
    kind: 'hard',
    description: {
      zh: '决算：收入决算表本年收入合计等于收支决算总表',
      en: 'Final accounts: the income table total equals the summary table’s',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? incomeTableVsSummary(ctx, 'X8') : []),
};
export default rule;
