// Words the reports use around findings.
import type { Lang, Status } from '../rules';
import type { Mark, MarkKind } from '../findings';

export const STATUS_WORD: Record<Status, Record<Lang, string>> = {
  pass: { zh: '通过', en: 'pass' },
  rounding: { zh: '尾差', en: 'rounding' },
  fail: { zh: '错误', en: 'fail' },
  warn: { zh: '提示', en: 'warn' },
  unverifiable: { zh: '无法核实', en: 'unverifiable' },
  note: { zh: '备注', en: 'note' },
};

export const MARK_WORD: Record<MarkKind, Record<Lang, string>> = {
  confirmed: { zh: '已核实', en: 'confirmed' },
  'false-alarm': { zh: '误报', en: 'false alarm' },
  asked: { zh: '已问询', en: 'asked the department' },
};

/** A mark in one line: "已核实 2026-12-06：note". */
export function markLine(m: Mark, lang: Lang): string {
  return `${MARK_WORD[m.kind][lang]} ${m.date.slice(0, 10)}${m.note ? `${lang === 'zh' ? '：' : ': '}${m.note}` : ''}`;
}

export const WORDS = {
  page: { zh: '第{n}页', en: 'p. {n}' },
  formula: { zh: '算式', en: 'formula' },
  tolerance: { zh: '容差', en: 'tolerance' },
  summary: { zh: '汇总', en: 'summary' },
  mark: { zh: '标记', en: 'mark' },
  marks: { zh: '读者标记', en: "reader's marks" },
  orphaned: { zh: '以下标记的问题在本次检查中已不存在', en: 'marked findings this check no longer reports' },
  narrative: { zh: '文字说明', en: 'narrative' },
  untitledTable: { zh: '无标题表格（第{n}页）', en: 'untitled table (p. {n})' },
  coverage: { zh: '读取与核对范围', en: 'coverage' },
  noFindings: { zh: '未发现可核对的内容', en: 'nothing checkable was found' },
  notDisclosure: { zh: '此文件看起来不是预决算公开文件', en: 'this does not look like a budget or final-account disclosure' },
  kind: {
    'dept-budget': { zh: '部门预算', en: 'department budget' },
    'unit-budget': { zh: '单位预算', en: 'unit budget' },
    'dept-final': { zh: '部门决算', en: 'department final account' },
    'unit-final': { zh: '单位决算', en: 'unit final account' },
    'gov-budget': { zh: '政府预算', en: 'government budget' },
    'gov-final': { zh: '政府决算', en: 'government final account' },
    other: { zh: '其他文件', en: 'other document' },
  },
} as const;

export function pageLabel(n: number, lang: Lang): string {
  return WORDS.page[lang].replace('{n}', String(n));
}
