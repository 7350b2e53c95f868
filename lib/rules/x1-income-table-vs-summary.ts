import { TABLE_MESSAGES } from './support/table-finding';
import { equalsOneOf, first, isFinal, summaryCell, totalCell } from './support/cross-table-cells';
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

const rule: Rule = {
  meta: {
    id: 'X1',
    kind: 'hard',
    description: { zh: '收入表合计等于收支总表本年收入合计', en: 'The income table total equals this year’s income in the summary table' },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [] : incomeTableVsSummary(ctx, 'X1')),
};
export default rule;
