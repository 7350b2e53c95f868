import type { Rule } from './types';
import { personnelPublicFindings } from './more-table-identities';

const rule: Rule = {
  meta: { id: 'W10', kind: 'hard', description: { zh: '基本支出经济分类表中人员经费合计、公用经费合计各等于其列中各类（301、302、303、310…）之和', en: 'In the basic-spending table the personnel and running-cost totals each equal the sum of their column over the classes (301, 302, 303, 310…)' } },
  check: personnelPublicFindings,
};
export default rule;
