import { cellEqualFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import { summaryOutlines } from './support/summary-outline';
import type { OutlineItem, TableView } from '../tables';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/** Per summary table: 收入总计 (the income block's first column) = 支出总计. */
function incomeEqualsSpending(ctx: RuleContext): FindingDraft[] {
  const totals = new Map<TableView, OutlineItem[]>();
  for (const o of summaryOutlines(ctx)) {
    if (!totals.has(o.view)) totals.set(o.view, []);
    const total = o.items.find((x) => x.kind === 'total');
    if (total && o.first) totals.get(o.view)!.push(total);
  }
  const out: FindingDraft[] = [];
  for (const [view, list] of totals) {
    const income = list.find((t) => /收入/.test(t.name));
    const spend = list.find((t) => /支出/.test(t.name));
    if (income && spend) {
      const what = joinWhat(tableName(view), { zh: ' 收入总计 = 支出总计', en: ': total income = total spending' });
      out.push(cellEqualFinding(ctx, 'W1', what, income.cell, spend.cell));
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W1',
    kind: 'hard',
    description: { zh: '收支总表中收入总计等于支出总计', en: 'In the summary tables total income equals total spending' },
    messages: TABLE_MESSAGES,
  },
  check: incomeEqualsSpending,
};
export default rule;
