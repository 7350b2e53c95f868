import type { Rule } from './types';
import { personnelPublicFindings } from './more-table-identities';

const rule: Rule = {
  meta: { id: 'W10', kind: 'hard', description: { zh: '基本支出经济分类表中人员经费合计 = 301 + 303，公用经费合计 = 302 + 310', en: 'In the basic-spending table personnel costs = 301 + 303 and running costs = 302 + 310' } },
  check: personnelPublicFindings,
};
export default rule;
