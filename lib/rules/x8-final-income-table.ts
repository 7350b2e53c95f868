import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X8', kind: 'hard', description: { zh: '决算：收入决算表本年收入合计等于收支决算总表', en: 'Final accounts: the income table total equals the summary table’s' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X8'),
};
export default rule;
