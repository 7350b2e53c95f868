// C3: a final account's 年初预算 column equals the same year's budget. Two documents, so the check
// runs in lib/compare (c3.ts); id, description and words live here.
import type { Rule } from './types';
import type { Messages } from './support/message';

export const C3_MESSAGES: Messages = {
  pass: {
    zh: '{line}：决算所列年初预算数与当年预算一致（{current}）',
    en: "{line}: the final account's 年初预算 equals the budget ({current})",
  },
  rounding: {
    zh: '{line}：决算所列年初预算数 {current} 与当年预算 {prior} 在四舍五入范围内一致',
    en: "{line}: the final account's 年初预算 {current} agrees with the budget {prior} within rounding",
  },
  fail: {
    zh: '{line}：决算所列年初预算数 {current} ≠ 当年预算 {prior}',
    en: "{line}: the final account's 年初预算 {current} ≠ the budget's {prior}",
  },
};

const rule: Rule = {
  meta: {
    id: 'C3',
    kind: 'hard',
    description: {
      zh: '（跨文件，需同年预算）决算的年初预算数（表中的年初预算列，或情况说明中各科目的“年初预算为…”）等于同一年度预算文件中的对应数（按科目）',
      en: "(Across documents, needs the same year's budget) A final account's 年初预算 (a table column, or the narrative's \"年初预算为…\" per line) equals the matching line of that year's budget, code by code",
    },
    messages: C3_MESSAGES,
  },
  check: () => [], // two documents: lib/compare/c3.ts
};
export default rule;
