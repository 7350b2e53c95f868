import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X7', kind: 'hard', description: { zh: '项目支出表合计等于支出表项目支出合计', en: 'The project table total equals project spending in the spending table' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X7'),
};
export default rule;
