import { TABLE_MESSAGES } from './support/table-finding';
import { isFinal } from './support/cross-table-cells';
import { spendingTableVsSummary } from './x2-expenditure-table-vs-summary';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

// The final account's form of X2.

const rule: Rule = {
  meta: {
    id: 'X9',
    kind: 'hard',
    description: {
      zh: '决算：支出决算表本年支出合计（及各类）等于收支决算总表',
      en: 'Final accounts: the spending table total (and each 类) equals the summary table’s',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? spendingTableVsSummary(ctx, 'X9') : []),
};
export default rule;
