import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { columnGroupFindings } from './support/column-groups';
import { isThreePublicGroup } from './w13-three-public-table';

/** 基本支出 split into 人员经费 and 公用经费 (a 三公 group names vehicles' 运行费, not these). */
export const isBasicSplitGroup = (labels: string) => !isThreePublicGroup(labels) && /人员经费|公用经费/.test(labels);

const rule: Rule = {
  meta: {
    id: 'W7',
    kind: 'hard',
    description: {
      zh: '基本支出等于人员经费与公用经费之和（每行及合计）',
      en: 'Basic spending equals personnel + running costs (per row and in total)',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => columnGroupFindings(ctx, 'W7', isBasicSplitGroup),
};
export default rule;
