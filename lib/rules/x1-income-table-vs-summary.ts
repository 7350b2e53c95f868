import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X1', kind: 'hard', description: { zh: '收入表合计等于收支总表本年收入合计', en: 'The income table total equals this year’s income in the summary table' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X1'),
};
export default rule;
