import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { hierarchyFindings } from './w8-code-hierarchy';

const rule: Rule = {
  meta: {
    id: 'W9',
    kind: 'hard',
    description: {
      zh: '经济分类表中类（如301）等于其各款（30101…）之和，合计行 = Σ类',
      en: 'In economic-coded tables each 类 (e.g. 301) equals the sum of its 款 (30101…), and the total row = Σ 类',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => hierarchyFindings(ctx, 'W9', 'economic'),
};
export default rule;
