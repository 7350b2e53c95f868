import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X10', kind: 'hard', description: { zh: '决算：一般公共预算财政拨款支出决算表等于财政拨款收支决算总表的一般公共预算支出', en: 'Final accounts: the general-budget table equals the general-budget spending of the fiscal summary' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X10'),
};
export default rule;
