// C2: a final account's opening balances equal last year's closing balances. Two documents, so the
// check runs in lib/compare (c2.ts); id, description and words live here.
import type { Rule } from './types';
import type { Messages } from './support/message';

export const C2_MESSAGES: Messages = {
  pass: {
    zh: '年初结转和结余（{fund}）与上年年末结转和结余一致（{current}）',
    en: "opening balance ({fund}) equals last year's closing balance ({current})",
  },
  rounding: {
    zh: '年初结转和结余（{fund}）与上年年末结转和结余在四舍五入范围内一致（{current}；上年 {prior}）',
    en: "opening balance ({fund}) agrees with last year's closing balance within rounding ({current}; last year {prior})",
  },
  fail: {
    zh: '年初结转和结余（{fund}）{current} ≠ 上年年末结转和结余 {prior}',
    en: "opening balance ({fund}) {current} ≠ last year's closing balance {prior}",
  },
};

const rule: Rule = {
  meta: {
    id: 'C2',
    kind: 'hard',
    description: {
      zh: '（跨年度，需上年决算）本年决算的年初结转和结余等于上年决算的年末结转和结余（按资金性质）',
      en: "(Across years, needs last year's final account) A final account's opening carry-over balances equal last year's closing balances, fund by fund",
    },
    messages: C2_MESSAGES,
  },
  check: () => [], // two documents: lib/compare/c2.ts
};
export default rule;
