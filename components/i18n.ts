// UI strings. Simplified Chinese by default; English when the browser prefers it or the user switches.
import type { Lang, Status } from '../lib/rules';
import { STATUS_WORD } from '../lib/report';
import { UNREADABLE } from '../lib/findings/unreadable';

/** The same status words as the CLI's reports. */
const statusWords = (lang: Lang) => Object.fromEntries(Object.entries(STATUS_WORD).map(([s, w]) => [s, w[lang]])) as Record<Status, string>;

const STRINGS = {
  zh: {
    appName: 'Disclosure Lens 公开文件核对',
    loading: '正在读取文档…',
    analyzing: '正在核对数字…',
    rendering: '正在显示页面…',
    openFile: '打开本地 PDF 文件',
    dropHint: '把 PDF 拖到这里，或点击按钮选择文件。所有处理都在本机完成。',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitWidth: '适合宽度',
    find: '查找',
    findPlaceholder: '在文档中查找…',
    findNext: '下一个',
    findPrev: '上一个',
    matches: (n: number) => `${n} 处`,
    showPasses: '显示通过的核对',
    export: '导出报告',
    findings: '核对结果',
    formula: '算式',
    tolerance: '容差',
    expected: '应为',
    actual: '文件所印',
    difference: '差额',
    page: (p: number) => `第 ${p} 页`,
    noFindings: '没有符合筛选条件的核对结果。',
    textSection: '正文陈述',
    scanBanner: UNREADABLE.scan.zh,
    otherBanner: '这份文件看起来不是部门预算或决算公开文件，核对结果可能没有意义。',
    errorTitle: '无法读取这份文件',
    errorTitlePage: '没有核对这个网页',
    notPdf: '这个地址返回的是网页，不是 PDF 文件。',
    loadError: {
      empty: UNREADABLE.empty.zh,
      'not-pdf': UNREADABLE.notPdf.zh,
      truncated: UNREADABLE.truncated.zh,
      damaged: UNREADABLE.damaged.zh,
      failed: UNREADABLE.failed.zh,
      timeout: (s: number) => `核对超过 ${s} 秒仍未完成，已停止。`,
      http: (status: number) => `无法下载这份文件（服务器返回 ${status}）。`,
      network: '无法下载这份文件（网络错误）。',
      tooLarge: (mb: number) => `网页太大（约 ${mb} MB），为避免页面卡顿没有核对。`,
    },
    openOriginal: '按原样打开',
    passwordTitle: '这份 PDF 有密码保护',
    passwordWrong: '密码不正确，请重试。',
    passwordSubmit: '打开',
    grantAccess: '允许读取此网站的文件',
    grantHint: '扩展默认只能读取政府网站上的文件。',
    language: 'English',
    closePanel: '收起',
    openPanel: '核对结果',
    progress: (d: number, t: number) => `已处理 ${d}/${t} 页`,
    badge: '用核对器打开',
    status: statusWords('zh'),
    exportFormats: { md: 'Markdown', csv: 'CSV', json: 'JSON' },
  },
  en: {
    appName: 'Disclosure Lens',
    loading: 'Reading the document…',
    analyzing: 'Checking the numbers…',
    rendering: 'Rendering pages…',
    openFile: 'Open a local PDF file',
    dropHint: 'Drop a PDF here or pick a file. Everything runs on this computer.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit width',
    find: 'Find',
    findPlaceholder: 'Find in document…',
    findNext: 'Next',
    findPrev: 'Previous',
    matches: (n: number) => `${n} match${n === 1 ? '' : 'es'}`,
    showPasses: 'Show passed checks',
    export: 'Export report',
    findings: 'Findings',
    formula: 'Formula',
    tolerance: 'Tolerance',
    expected: 'Expected',
    actual: 'Printed',
    difference: 'Difference',
    page: (p: number) => `p. ${p}`,
    noFindings: 'No findings match the filters.',
    textSection: 'Statements in the text',
    scanBanner: UNREADABLE.scan.en,
    otherBanner: 'This does not look like a department budget or final-account disclosure; findings may be meaningless.',
    errorTitle: 'Could not read this document',
    errorTitlePage: 'This page was not checked',
    notPdf: 'This address returns a web page, not a PDF.',
    loadError: {
      empty: UNREADABLE.empty.en,
      'not-pdf': UNREADABLE.notPdf.en,
      truncated: UNREADABLE.truncated.en,
      damaged: UNREADABLE.damaged.en,
      failed: UNREADABLE.failed.en,
      timeout: (s: number) => `The check did not finish within ${s} s and was stopped.`,
      http: (status: number) => `The file could not be downloaded (the server answered ${status}).`,
      network: 'The file could not be downloaded (network error).',
      tooLarge: (mb: number) => `The page is too large (about ${mb} MB); it was not checked, to keep the page responsive.`,
    },
    openOriginal: 'Open it as it is',
    passwordTitle: 'This PDF is password protected',
    passwordWrong: 'Wrong password, try again.',
    passwordSubmit: 'Open',
    grantAccess: 'Allow reading files from this site',
    grantHint: 'By default the extension only reads files from government sites.',
    language: '中文',
    closePanel: 'Hide',
    openPanel: 'Findings',
    progress: (d: number, t: number) => `${d}/${t} pages processed`,
    badge: 'Open in checker',
    status: statusWords('en'),
    exportFormats: { md: 'Markdown', csv: 'CSV', json: 'JSON' },
  },
};

export type Strings = (typeof STRINGS)['zh'];

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** zh unless the browser's preferred language is something other than Chinese. */
export function defaultLang(languages: readonly string[]): Lang {
  const first = (languages[0] ?? 'zh').toLowerCase();
  return first.startsWith('zh') || first === '' ? 'zh' : 'en';
}

/** Symbols that tell statuses apart without colour. */
export const STATUS_MARK: Record<Status, string> = {
  pass: '✓',
  rounding: '≈',
  fail: '✗',
  warn: '!',
  unverifiable: '?',
  note: '·',
};
