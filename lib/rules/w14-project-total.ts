import type { Rule } from './types';
import { projectTotalFindings } from './more-table-identities';

const rule: Rule = {
  meta: { id: 'W14', kind: 'hard', description: { zh: '项目支出表合计等于各项目之和', en: 'The project table total equals the sum of the projects' } },
  check: projectTotalFindings,
};
export default rule;
