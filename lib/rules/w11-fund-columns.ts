import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { columnGroupFindings } from './support/column-groups';
import { isThreePublicGroup } from './w13-three-public-table';
import { isBasicSplitGroup } from './w7-personnel-plus-public';

/** 财政拨款 split by fund (spending side: an income table's fund columns are W5's sources). */
export const isFundGroup = (labels: string) =>
  !isThreePublicGroup(labels) && !isBasicSplitGroup(labels) && /一般公共预算|政府性基金|国有资本经营/.test(labels) && !/收入/.test(labels);

const rule: Rule = {
  meta: {
    id: 'W11',
    kind: 'hard',
    description: {
      zh: '财政拨款合计等于一般公共预算、政府性基金、国有资本经营三列之和',
      en: 'The fiscal total equals general budget + government funds + state capital columns',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => columnGroupFindings(ctx, 'W11', isFundGroup),
};
export default rule;
