// C1: a "比上年…" statement against last year's document of the same kind. It needs two documents, so
// the check itself runs in lib/compare (`dlens compare`, `check --prior`); the id, description and
// words live here, in the registry and the catalogue, like every other rule.
import type { Rule } from './types';
import type { Messages } from './support/message';

export const C1_MESSAGES: Messages = {
  pass: {
    zh: '{subject}：推算上年 {implied} 与上年文件 {actual} 相符',
    en: "{subject}: the implied last-year figure {implied} matches last year's document ({actual})",
  },
  rounding: {
    zh: '{subject}：推算上年 {implied} 与上年文件 {actual} 在四舍五入范围内相符',
    en: "{subject}: the implied last-year figure {implied} agrees with last year's document ({actual}) within rounding",
  },
  fail: {
    zh: '{subject}：本年 {current}{word}{delta}，推算上年为 {implied}，而上年文件为 {actual}',
    en: "{subject}: this year {current}, {word} {delta}, implies last year {implied}, but last year's document prints {actual}",
  },
  ratePass: {
    zh: '{subject}：按上年文件 {actual} 计算变动率为 {computed}%，与文中 {stated}% 相符',
    en: "{subject}: against last year's {actual} the change is {computed}%, as stated ({stated}%)",
  },
  rateRounding: {
    zh: '{subject}：按上年文件 {actual} 计算变动率为 {computed}%，与文中 {stated}% 在四舍五入范围内相符',
    en: "{subject}: against last year's {actual} the change is {computed}%; the stated {stated}% agrees within rounding",
  },
  rateFail: {
    zh: '{subject}：按上年文件 {actual} 计算变动率为 {computed}%，文中为 {stated}%',
    en: "{subject}: against last year's {actual} the change is {computed}%; the text says {stated}%",
  },
  merged: {
    zh: '{subject}：推算上年为 {implied}；该科目上年名为「{priorName}」（{actual}），口径可能已调整，无法直接核对',
    en: '{subject}: implies last year {implied}; the line was "{priorName}" last year ({actual}) and may have changed scope',
  },
  otherKind: {
    zh: '{subject}：比较基准为「{frame}」，与上年文件种类不同，无法核对',
    en: '{subject}: compared with "{frame}", a different kind of document than last year\'s',
  },
  noCurrent: {
    zh: '{subject}：找不到本年数，无法推算上年数',
    en: "{subject}: this year's figure was not found, so last year's cannot be derived",
  },
  notFound: { zh: '{subject}：上年文件中找不到对应的数', en: "{subject}: no matching figure in last year's document" },
  ownBaseOtherKind: {
    zh: '{subject}：句中自述上年基数为{baseWord} {base}，上年文件是{priorKind}，不载此数；只核对句内算术（Y1）',
    en: "{subject}: the sentence states its own base, last year's {baseWord} {base}; last year's document is a {priorKind} and does not print it, so only the sentence's own arithmetic is checked (Y1)",
  },
  ownBasePass: {
    zh: '{subject}：句中所述上年数 {base} 与上年文件 {actual} 相符',
    en: "{subject}: the last-year figure the sentence states ({base}) matches last year's document ({actual})",
  },
  ownBaseRounding: {
    zh: '{subject}：句中所述上年数 {base} 与上年文件 {actual} 在四舍五入范围内相符',
    en: "{subject}: the last-year figure the sentence states ({base}) agrees with last year's document ({actual}) within rounding",
  },
  ownBaseFail: {
    zh: '{subject}：句中所述上年数 {base}，而上年文件为 {actual}',
    en: "{subject}: the sentence states last year as {base}, but last year's document prints {actual}",
  },
  zeroBase: {
    zh: '{subject}：上年为 0，所述变动率 {stated}% 没有基数；从无到有宜表述为“新增”',
    en: '{subject}: last year was 0, so the stated {stated}% has no base; an item new this year is better called "new"',
  },
  flatPass: {
    zh: '{subject}：与上年持平，本年 {current} 与上年文件 {actual} 相同',
    en: "{subject}: unchanged, as stated — this year {current}, last year's document {actual}",
  },
  flatFail: {
    zh: '{subject}：文中称与上年持平，但本年 {current}，上年文件为 {actual}',
    en: "{subject}: said to be unchanged, but this year is {current} and last year's document prints {actual}",
  },
  nearlyFlat: {
    zh: '{subject}：文中称基本持平，本年 {current}，上年文件为 {actual}（变动 {computed}%），“基本”没有公认幅度，不作判断',
    en: '{subject}: said to be nearly unchanged — this year {current}, last year\'s document {actual} ({computed}%); "nearly" has no agreed margin, so no verdict',
  },
};

const rule: Rule = {
  meta: {
    id: 'C1',
    kind: 'hard',
    description: {
      zh: '（跨年度，需上年文件）“比上年”所述变动推算出的上年数，等于上年同类文件（预算对预算、决算对决算）中的对应数',
      en: '(Across years, needs last year\'s document) The last-year figure implied by a "比上年" statement equals the matching figure in last year\'s document of the same kind (budget to budget, final account to final account)',
    },
    messages: C1_MESSAGES,
  },
  check: () => [], // two documents: lib/compare/c1.ts
};
export default rule;
