import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { columnGroupFindings } from './support/column-groups';
import { isThreePublicGroup } from './w13-three-public-table';
import { isBasicSplitGroup } from './w7-personnel-plus-public';
import { isFundGroup } from './w11-fund-columns';
import { isBasicProjectGroup } from './w6-basic-plus-project';

/** Any other 合计 column over its siblings: income by source (财政拨款, 事业收入, 其他收入…). */
const isSourceGroup = (labels: string) =>
  !isThreePublicGroup(labels) && !isBasicSplitGroup(labels) && !isFundGroup(labels) && !isBasicProjectGroup(labels);

const rule: Rule = {
  meta: {
    id: 'W5',
    kind: 'hard',
    description: { zh: '表中每行合计等于各收入来源列之和', en: 'Each row total equals the sum of its income-source columns' },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => columnGroupFindings(ctx, 'W5', isSourceGroup),
};
export default rule;
