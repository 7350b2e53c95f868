import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { columnGroupFindings } from './support/column-groups';
import { isThreePublicGroup } from './w13-three-public-table';
import { isBasicSplitGroup } from './w7-personnel-plus-public';
import { isFundGroup } from './w11-fund-columns';

/** A spending total split into 基本支出 and 项目支出 (and other spending columns printed beside them). */
export const isBasicProjectGroup = (labels: string) =>
  !isThreePublicGroup(labels) && !isBasicSplitGroup(labels) && !isFundGroup(labels) && /基本支出|项目支出/.test(labels);

const rule: Rule = {
  meta: {
    id: 'W6',
    kind: 'hard',
    description: {
      zh: '表中每行合计等于基本支出与项目支出（及其他列示支出）之和',
      en: 'Each row total equals basic + project spending (and any other spending columns printed)',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => columnGroupFindings(ctx, 'W6', isBasicProjectGroup),
};
export default rule;
