import type { Rule } from './types';
import { itemFindings } from './narrative-vs-table';

const rule: Rule = {
  meta: { id: 'N3', kind: 'hard', description: { zh: '文字说明中按科目列示的金额与支出表对应科目行一致', en: 'Amounts the text gives per classification item equal that code\u2019s row in the spending table' } },
  check: itemFindings,
};
export default rule;
