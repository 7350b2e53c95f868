import type { Rule } from './types';
import { summaryFindings } from './summary-outline';

const rule: Rule = {
  meta: { id: 'W1', kind: 'hard', description: { zh: '收支总表中收入总计等于支出总计', en: 'In the summary tables total income equals total spending' } },
  check: (ctx) => summaryFindings(ctx).filter((f) => f.rule === 'W1'),
};
export default rule;
