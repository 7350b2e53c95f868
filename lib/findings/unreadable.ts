// Why nothing could be checked, worded once for the CLI, the engine's SCAN finding and the viewer
// (components/i18n.ts), so a scan or a broken file reads the same everywhere.
import type { Localized } from './types';

export const UNREADABLE = {
  scan: {
    zh: '这份文件是扫描件，没有可读取的文字层，无法核对数字。',
    en: 'This document is a scan without a text layer; its numbers cannot be checked.',
  },
  empty: { zh: '文件是空的（0 字节），没有可以核对的内容。', en: 'The file is empty (0 bytes); there is nothing to check.' },
  notPdf: { zh: '这不是 PDF 文件，无法核对。', en: 'This is not a PDF file; it cannot be checked.' },
  truncated: {
    zh: 'PDF 文件不完整（可能没有下载完），无法核对。',
    en: 'The PDF is incomplete (perhaps not fully downloaded); it cannot be checked.',
  },
  damaged: { zh: 'PDF 文件已损坏，无法可靠地读取其中的数字。', en: 'The PDF is damaged; its numbers cannot be read reliably.' },
  password: { zh: 'PDF 文件有密码保护，无法核对。', en: 'The PDF is password protected; it cannot be checked.' },
  failed: { zh: '核对过程出错，已停止；没有给出任何核对结果。', en: 'The check failed and was stopped; no findings are given.' },
} satisfies Record<string, Localized>;
