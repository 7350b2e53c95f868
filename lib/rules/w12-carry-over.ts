import type { Rule } from './types';
import { carryOverFindings } from './more-table-identities';

const rule: Rule = {
  meta: { id: 'W12', kind: 'hard', description: { zh: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（每一行）', en: 'Year-end balance = opening balance + income − spending (every row)' } },
  check: carryOverFindings,
};
export default rule;
