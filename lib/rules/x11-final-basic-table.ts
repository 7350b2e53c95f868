import { TABLE_MESSAGES } from './support/table-finding';
import { isFinal } from './support/cross-table-cells';
import { basicTableVsGeneralBudget } from './x6-basic-table-vs-general-budget';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

// The final account's form of X6.

const rule: Rule = {
  meta: {
    id: 'X11',
    kind: 'hard',
    description: {
      zh: '决算：基本支出决算表人员经费、公用经费合计等于一般公共预算支出决算表基本支出',
      en: 'Final accounts: personnel + running costs of the basic-spending table equal basic spending of the general-budget table',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? basicTableVsGeneralBudget(ctx, 'X11') : []),
};
export default rule;
