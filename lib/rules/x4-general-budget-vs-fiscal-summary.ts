import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X4', kind: 'hard', description: { zh: '一般公共预算支出表合计等于财政拨款收支总表中的一般公共预算支出', en: 'The general-budget spending table total equals the general-budget spending in the fiscal summary' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X4'),
};
export default rule;
