// The Jiangsu open-budget series in ../shared/corpus/real/jiangsu-open-budget: the files of each
// department-year ("+" joins a year published as a text PDF and a tables PDF). Used by the compare
// tests and bench/compare.ts.
export const JIANGSU_SERIES: Record<string, Record<number, string>> = {
  rendaban: {
    2017: 'js_rendaban_2017_budget.pdf',
    2018: 'js_rendaban_2018_budget.pdf',
    2019: 'js_rendaban_2019_budget_text.pdf+js_rendaban_2019_budget_tables.pdf',
  },
  jianchayuan: { 2017: 'js_jianchayuan_2017_budget.pdf', 2018: 'js_jianchayuan_2018_budget.pdf', 2019: 'js_jianchayuan_2019_budget.pdf' },
  shengweiban: {
    2017: 'js_shengweiban_2017_budget_text.pdf+js_shengweiban_2017_budget_tables.pdf',
    2018: 'js_shengweiban_2018_budget_text.pdf+js_shengweiban_2018_budget_tables.pdf',
    2019: 'js_shengweiban_2019_budget_text.pdf+js_shengweiban_2019_budget_tables.pdf',
  },
};
