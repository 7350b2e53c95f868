import type { Rule } from './types';
import { summaryFindings } from './summary-outline';

const rule: Rule = {
  meta: { id: 'W3', kind: 'hard', description: { zh: '支出总计 = 本年支出合计 + 结转下年（结余分配、年末结转和结余）', en: 'Total spending = this year’s spending + carried forward (surplus allocation, year-end balances)' } },
  check: (ctx) => summaryFindings(ctx).filter((f) => f.rule === 'W3'),
};
export default rule;
