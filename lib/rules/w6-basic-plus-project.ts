import type { Rule } from './types';
import { columnGroupFindings } from './column-groups';

const rule: Rule = {
  meta: { id: 'W6', kind: 'hard', description: { zh: '表中每行合计等于基本支出与项目支出（及其他列示支出）之和', en: 'Each row total equals basic + project spending (and any other spending columns printed)' } },
  check: (ctx) => columnGroupFindings(ctx).filter((f) => f.rule === 'W6'),
};
export default rule;
