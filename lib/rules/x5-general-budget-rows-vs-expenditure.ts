import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X5', kind: 'hard', description: { zh: '全部资金为一般公共预算时，一般公共预算支出表各科目等于支出表对应科目', en: 'When all money is general budget, each code row of the general-budget table equals the spending table’s' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X5'),
};
export default rule;
