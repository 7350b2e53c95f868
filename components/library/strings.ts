// UI strings of the local library page and the viewer's year-over-year tab (zh default, en).
import type { Lang } from '../../lib/rules';
import type { Relation } from '../../lib/extension/library';
import type { RowFlag } from '../../lib/extension/yoy';
import type { DocKind } from '../../lib/model';

const KIND: Record<Lang, Record<DocKind, string>> = {
  zh: { 'dept-budget': '部门预算', 'unit-budget': '单位预算', 'dept-final': '部门决算', 'unit-final': '单位决算', 'gov-budget': '政府预算', 'gov-final': '政府决算', other: '其他' },
  en: { 'dept-budget': 'dept. budget', 'unit-budget': 'unit budget', 'dept-final': 'dept. final account', 'unit-final': 'unit final account', 'gov-budget': 'government budget', 'gov-final': 'government final account', other: 'other' },
};

const STRINGS = {
  zh: {
    library: '本地文件库',
    libraryHint: '在查看器中和政府网页上核对过的文件都保存在本机（IndexedDB），不会上传。',
    department: '部门', kind: '类型', year: '年度', counts: '核对结果', checked: '核对时间', source: '来源', prior: '上年文件',
    unknown: '（未识别）',
    open: '在查看器中打开', openPage: '打开网页', remove: '删除', removeAll: '全部删除', confirmAll: '确定删除文件库中的全部文件？',
    exportAll: '导出文件库（JSON）', importFile: '导入文件库', imported: (n: number) => `已导入 ${n} 个文件`,
    keepPdf: '同时保存 PDF 原文件（占用更多空间）',
    empty: '文件库是空的。在查看器中打开一份预算或决算文件，它会自动保存到这里。',
    automatic: '自动配对', noPrior: '（无）',
    yoy: '上年对比', yoyNone: '文件库中没有可以对比的上年文件（同一部门、同类文件、上一年度）。',
    yoyChoose: '手动选择对比文件：', yoyWorking: '正在对比…', yoyIdle: '这份文件没有保存到文件库，无法对比。',
    yoyLibrary: '打开文件库',
    relation: { manual: '手动选择', 'last-year': '上年同类文件', 'same-year-budget': '同年预算' } as Record<Relation, string>,
    code: '编码', name: '科目', priorCol: '上年', currentCol: '本年', delta: '增减', percent: '%',
    flag: { appeared: '新增', disappeared: '消失', large: '变动大', moved: '调整', '': '' } as Record<RowFlag, string>,
    priorPage: (p: number) => `上年第 ${p} 页`,
    roles: { summary: '收支总表', expenditure: '支出表（功能科目）', 'gpb-expenditure': '一般公共预算支出表', 'gpb-basic': '一般公共预算基本支出表（经济科目）', fund: '政府性基金支出表', soe: '国有资本经营预算支出表' } as Record<string, string>,
    matches: (rows: number, findings: number) => `对齐 ${rows} 行，跨年核对 ${findings} 条`,
    localFile: '本机文件',
    priorFrom: (host: string, date: string) => `来源：${host}，${date} 核对`,
    foreignPrior: (prior: string, current: string) => `注意：对比文件来自 ${prior}，与本文件（${current}）不是同一网站，请确认它是真实的上年文件。`,
  },
  en: {
    library: 'Local library',
    libraryHint: 'Every document checked in the viewer or on a government web page is kept on this computer (IndexedDB); nothing is uploaded.',
    department: 'Department', kind: 'Kind', year: 'Year', counts: 'Findings', checked: 'Checked', source: 'Source', prior: 'Prior document',
    unknown: '(not identified)',
    open: 'Open in viewer', openPage: 'Open the page', remove: 'Delete', removeAll: 'Delete all', confirmAll: 'Delete every document in the library?',
    exportAll: 'Export library (JSON)', importFile: 'Import library', imported: (n: number) => `${n} documents imported`,
    keepPdf: 'Also keep the PDF itself (uses more space)',
    empty: 'The library is empty. Open a budget or final account in the viewer and it is kept here.',
    automatic: 'automatic', noPrior: '(none)',
    yoy: 'Year over year', yoyNone: 'No prior document in the library (same department, same kind, the year before).',
    yoyChoose: 'Choose a document to compare with:', yoyWorking: 'Comparing…', yoyIdle: 'This document was not kept in the library, so it cannot be compared.',
    yoyLibrary: 'Open the library',
    relation: { manual: 'chosen by hand', 'last-year': 'last year, same kind', 'same-year-budget': 'same year\'s budget' } as Record<Relation, string>,
    code: 'Code', name: 'Line', priorCol: 'Prior', currentCol: 'Current', delta: 'Δ', percent: '%',
    flag: { appeared: 'new', disappeared: 'gone', large: 'large change', moved: 'moved', '': '' } as Record<RowFlag, string>,
    priorPage: (p: number) => `prior p. ${p}`,
    roles: { summary: 'Income and expenditure summary', expenditure: 'Expenditure (functional codes)', 'gpb-expenditure': 'General public budget expenditure', 'gpb-basic': 'General public budget basic expenditure (economic codes)', fund: 'Government fund expenditure', soe: 'State capital expenditure' } as Record<string, string>,
    matches: (rows: number, findings: number) => `${rows} lines aligned, ${findings} cross-year checks`,
    localFile: 'local file',
    priorFrom: (host: string, date: string) => `From ${host}, checked ${date}`,
    foreignPrior: (prior: string, current: string) => `Note: the prior comes from ${prior}, not the site of this document (${current}). Make sure it is the genuine earlier document.`,
  },
};

export type LibraryStrings = (typeof STRINGS)['zh'];
export const libraryStrings = (lang: Lang): LibraryStrings => STRINGS[lang];
export const kindName = (lang: Lang, kind: DocKind) => KIND[lang][kind] ?? kind;
export const LIBRARY_PATH = '/library.html';
