import type { Rule } from './types';
import { totalFindings } from './narrative-vs-table';

const rule: Rule = {
  meta: { id: 'N1', kind: 'hard', description: { zh: '文字说明中的收入、支出总数与收支总表一致', en: 'Income and spending totals stated in the text equal the summary table' } },
  check: totalFindings,
};
export default rule;
