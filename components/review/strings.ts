// Words of the reviewing controls (marks, tick and tie), in both UI languages.
import type { Lang } from '../../lib/findings';
import { MARK_WORD } from '../../lib/report/i18n';

const STRINGS = {
  zh: {
    marks: '标记此问题',
    markAs: (w: string) => `标记为“${w}”`,
    unmark: (w: string) => `取消“${w}”标记`,
    note: '备注（可选）',
    noteLabel: '标记备注',
    markedOn: (d: string) => `标记于 ${d}`,
    tickTie: '勾稽核对',
    picked: '所选数字',
    none: '在页面上点击或拖选数字，即可求和。',
    sum: '合计',
    total: '所选合计',
    noTotal: '未选合计：点击一个数字的“设为合计”',
    makeTotal: (t: string) => `把 ${t} 设为合计`,
    remove: (t: string) => `移除 ${t}`,
    clear: '清空所选',
    keep: '保存为我的核对',
    interval: '舍入区间',
    difference: '差额',
    page: (n: number) => `第${n}页`,
  },
  en: {
    marks: 'Mark this finding',
    markAs: (w: string) => `Mark as “${w}”`,
    unmark: (w: string) => `Remove the “${w}” mark`,
    note: 'Note (optional)',
    noteLabel: 'Note on the mark',
    markedOn: (d: string) => `marked ${d}`,
    tickTie: 'Tick and tie',
    picked: 'Picked numbers',
    none: 'Click or drag over numbers on the page to add them up.',
    sum: 'Sum',
    total: 'Picked total',
    noTotal: 'No total picked: use “make total” on one of the numbers',
    makeTotal: (t: string) => `Make ${t} the total`,
    remove: (t: string) => `Remove ${t}`,
    clear: 'Clear the picks',
    keep: 'Keep as my check',
    interval: 'rounding interval',
    difference: 'difference',
    page: (n: number) => `p. ${n}`,
  },
};

export const reviewStrings = (lang: Lang) => STRINGS[lang];
export const markWord = (kind: keyof typeof MARK_WORD, lang: Lang) => MARK_WORD[kind][lang];
