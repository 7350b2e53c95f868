import type { Rule } from './types';
import { columnGroupFindings } from './column-groups';

const rule: Rule = {
  meta: { id: 'W7', kind: 'hard', description: { zh: '基本支出等于人员经费与公用经费之和（每行及合计）', en: 'Basic spending equals personnel + running costs (per row and in total)' } },
  check: (ctx) => columnGroupFindings(ctx).filter((f) => f.rule === 'W7'),
};
export default rule;
