// Words of the reader's own controls (page, zoom, rotation, find options, the original file).
import type { Lang } from '../../lib/rules';

const READER = {
  zh: {
    page: '页码',
    pageOf: (n: number) => `/ ${n}`,
    zoomMode: '缩放',
    zoomAuto: '自动缩放',
    zoomPageFit: '适合页面',
    zoomPageWidth: '适合宽度',
    zoomActual: '实际大小',
    zoomPercent: '缩放比例（%）',
    rotate: '顺时针旋转',
    matchCase: '区分大小写',
    wholeWord: '全词匹配',
    download: '保存原始文件（Ctrl+S）',
    print: '打印原始文件（Ctrl+P）',
    openInBrowser: '用浏览器自带的阅读器打开',
    copyUrl: '复制原始地址',
    copied: '已复制',
    sourceUrl: '原始地址',
    thumbnails: '缩略图',
    outline: '目录',
    sidebar: '侧栏',
    thumbOf: (n: number) => `第 ${n} 页`,
    noOutline: '这份文件没有目录书签。',
    saveShort: '保存原件',
    printShort: '打印原件',
    browserShort: '浏览器阅读器',
    copyShort: '复制地址',
  },
  en: {
    page: 'Page',
    pageOf: (n: number) => `of ${n}`,
    zoomMode: 'Zoom',
    zoomAuto: 'Automatic zoom',
    zoomPageFit: 'Page fit',
    zoomPageWidth: 'Page width',
    zoomActual: 'Actual size',
    zoomPercent: 'Zoom (%)',
    rotate: 'Rotate clockwise',
    matchCase: 'Match case',
    wholeWord: 'Whole words',
    download: 'Save the original file (Ctrl+S)',
    print: 'Print the original (Ctrl+P)',
    openInBrowser: 'Open in the browser’s own viewer',
    copyUrl: 'Copy the original address',
    copied: 'Copied',
    sourceUrl: 'Original address',
    thumbnails: 'Thumbnails',
    outline: 'Outline',
    sidebar: 'Sidebar',
    thumbOf: (n: number) => `Page ${n}`,
    noOutline: 'This document has no outline.',
    saveShort: 'Save',
    printShort: 'Print',
    browserShort: 'Browser viewer',
    copyShort: 'Copy',
  },
};

export type ReaderStrings = (typeof READER)['zh'];

export function readerStrings(lang: Lang): ReaderStrings {
  return READER[lang];
}
