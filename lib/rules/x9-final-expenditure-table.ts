import type { Rule } from './types';
import { crossTableFindings } from './cross-tables';

const rule: Rule = {
  meta: { id: 'X9', kind: 'hard', description: { zh: '决算：支出决算表本年支出合计（及各类）等于收支决算总表', en: 'Final accounts: the spending table total (and each 类) equals the summary table’s' } },
  check: (ctx) => crossTableFindings(ctx).filter((f) => f.rule === 'X9'),
};
export default rule;
