import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X2', kind: 'hard', description: { zh: '支出表合计及各类支出等于收支总表中的对应数', en: 'The spending table total and each 类 row equal the matching lines of the summary table' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X2'),
};
export default rule;
