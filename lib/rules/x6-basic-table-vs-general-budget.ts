import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X6', kind: 'hard', description: { zh: '基本支出表合计（人员经费、公用经费）等于一般公共预算支出表的基本支出', en: 'The basic-spending table (personnel, running costs) equals the basic spending of the general-budget table' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X6'),
};
export default rule;
