// The words of a comparison's text (headers, table names, flags, why a C-check applies), per language.
import type { Lang } from '../rules';
import { say, type Messages } from '../rules';

export const WORDS: Messages = {
  prior: { zh: '上年', en: 'prior' },
  current: { zh: '本年', en: 'current' },
  applies: { zh: '适用', en: 'applies' },
  notApplies: { zh: '不适用', en: 'n/a' },
  consecutive: { zh: '相邻年度（{years}），同类文件', en: 'consecutive years ({years}), same kind' },
  notConsecutive: { zh: '年度 {years} 不相邻', en: 'years {years} are not consecutive' },
  otherKind: {
    zh: '预算与上年预算比，决算与上年决算比',
    en: "a budget is compared with last year's budget, a final account with last year's final account",
  },
  twoFinals: { zh: '相邻年度的两份决算', en: 'consecutive final accounts' },
  needsTwoFinals: { zh: '需要两份决算', en: 'needs two final accounts' },
  ownBudget: { zh: '决算与同年预算', en: "final account against its own year's budget" },
  budgetYear: { zh: '预算（{py}）与决算（{cy}）不是同一年度', en: "the budget ({py}) is not of the final account's year ({cy})" },
  needsBudgetAndFinal: {
    zh: '需要决算（本年）和同年预算（上年位置）',
    en: 'needs a final account (current) and the budget of the same year (prior)',
  },
  aligned: {
    zh: '对齐：按编码 {code}，科目调整 {recoded}（并入 {merged}），按名称 {name}，模糊 {fuzzy}；新增 {appeared}，消失 {disappeared}',
    en: 'aligned: {code} by code, {recoded} recoded ({merged} merged), {name} by name, {fuzzy} fuzzy; {appeared} new, {disappeared} vanished',
  },
  statements: {
    zh: '“比上年”表述 {claims} 条，可核 {computable}，相符 {agree}，不符 {fail}',
    en: '"vs last year" statements: {claims}, computable {computable}, agree {agree}, disagree {fail}',
  },
  columns: { zh: '科目|上年|本年|单位|增减|增幅|说明', en: 'line|prior|current|unit|change|%|note' },
  findingColumns: { zh: '结果|规则|核对', en: 'status|rule|finding' },
  bothZero: {
    zh: '（另有 {n} 行两年均为 0，{m} 行新增为 0，未列出）',
    en: '({n} more lines are 0 in both years and {m} new lines are 0; not listed)',
  },
  large: { zh: '变动大', en: 'large change' },
  appeared: { zh: '新增', en: 'new' },
  disappeared: { zh: '消失', en: 'vanished' },
  recoded: { zh: '科目调整 {from}→{to}', en: 'recoded {from}→{to}' },
  merged: { zh: '并入 {into}', en: 'merged into {into}' },
  renamed: { zh: '原名 {name}', en: 'was {name}' },
  fuzzy: { zh: '名称相近', en: 'similar name' },
  findings: { zh: '跨年度核对', en: 'cross-year checks' },
  pass: { zh: '通过', en: 'pass' },
  rounding: { zh: '尾差', en: 'rounding' },
  fail: { zh: '不符', en: 'fail' },
  warn: { zh: '提示', en: 'warn' },
  unverifiable: { zh: '无法核对', en: 'unverifiable' },
  note: { zh: '备注', en: 'note' },
};

const ROLE: Record<string, [string, string]> = {
  summary: ['收支总表', 'income and expenditure summary'],
  expenditure: ['支出总表', 'expenditure'],
  'gpb-expenditure': ['一般公共预算支出表', 'general public budget expenditure'],
  'gpb-basic': ['一般公共预算基本支出表', 'general public budget basic expenditure'],
  fund: ['政府性基金预算支出表', 'government fund expenditure'],
  soe: ['国有资本经营预算支出表', 'state capital expenditure'],
};

/** The canonical names lib/compare/items.ts gives totals (the documents word them variously). */
const TOTAL: Record<string, string> = {
  合计: 'total',
  本年收入合计: 'income this year',
  本年支出合计: 'spending this year',
  收入总计: 'total income',
  支出总计: 'total spending',
};

/** A line's name: the document's own, or a total's canonical name in the run's language. */
export const lineName = (name: string, total: boolean, lang: Lang) => (total && lang === 'en' ? (TOTAL[name] ?? name) : name);

export const word = (id: string, lang: Lang, data: Record<string, string | number> = {}) => say(WORDS, id, lang, data);
export const roleName = (role: string, lang: Lang) => ROLE[role]?.[lang === 'zh' ? 0 : 1] ?? role;
