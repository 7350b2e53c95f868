import type { Rule } from './types';
import { summaryFindings } from './summary-outline';

const rule: Rule = {
  meta: { id: 'W2', kind: 'hard', description: { zh: '收入总计 = 本年收入合计 + 用事业基金弥补收支差额（使用非财政拨款结余）+ 上年结转（年初结转和结余）', en: 'Total income = this year’s income + reserves drawn + carry-over from earlier years' } },
  check: (ctx) => summaryFindings(ctx).filter((f) => f.rule === 'W2'),
};
export default rule;
