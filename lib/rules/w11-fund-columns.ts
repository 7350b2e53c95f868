import type { Rule } from './types';
import { columnGroupFindings } from './column-groups';

const rule: Rule = {
  meta: { id: 'W11', kind: 'hard', description: { zh: '财政拨款合计等于一般公共预算、政府性基金、国有资本经营三列之和', en: 'The fiscal total equals general budget + government funds + state capital columns' } },
  check: (ctx) => columnGroupFindings(ctx).filter((f) => f.rule === 'W11'),
};
export default rule;
