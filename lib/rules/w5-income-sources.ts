import type { Rule } from './types';
import { columnGroupFindings } from './column-groups';

const rule: Rule = {
  meta: { id: 'W5', kind: 'hard', description: { zh: '表中每行合计等于各收入来源列之和', en: 'Each row total equals the sum of its income-source columns' } },
  check: (ctx) => columnGroupFindings(ctx).filter((f) => f.rule === 'W5'),
};
export default rule;
