import type { Rule } from './types';
import { summaryFindings } from './summary-outline';

const rule: Rule = {
  meta: { id: 'W4', kind: 'hard', description: { zh: '本年收入（支出）合计等于各收入来源（各类支出）之和；上级项目等于其下列明细之和', en: 'This year’s income (spending) total equals the sum of its sources (classes); a numbered item equals its sub-items' } },
  check: (ctx) => summaryFindings(ctx).filter((f) => f.rule === 'W4'),
};
export default rule;
