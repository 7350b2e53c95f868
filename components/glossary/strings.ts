// UI strings of the glossary layer (term cards, search, the marking switch).
import type { Lang } from '../../lib/rules';

const STRINGS = {
  zh: {
    glossary: '术语解释',
    search: '查术语或科目编码',
    searchPlaceholder: '查术语或科目编码，如：基本支出、2010301',
    marking: '在文中标出术语',
    noHits: '没有找到相关术语。',
    reference: '参考解释：',
    own: (page?: number) => (page ? `本文件的名词解释（第 ${page} 页）：` : '本文件的名词解释：'),
    codePath: '科目层级',
    pages: '在本文件中出现于',
    page: (p: number) => `第 ${p} 页`,
    occurrences: (n: number) => `本页共标出 ${n} 处`,
    close: '关闭',
  },
  en: {
    glossary: 'Glossary',
    search: 'Look up a term or code',
    searchPlaceholder: 'Look up a term or code, e.g. 基本支出, 2010301',
    marking: 'Mark terms in the text',
    noHits: 'No matching term.',
    reference: 'Reference definition: ',
    own: (page?: number) => (page ? `This document’s own definition (p. ${page}): ` : 'This document’s own definition: '),
    codePath: 'Classification path',
    pages: 'Appears in this document on',
    page: (p: number) => `p. ${p}`,
    occurrences: (n: number) => `Marked ${n} time${n === 1 ? '' : 's'} on this page`,
    close: 'Close',
  },
};

export type GlossaryStrings = (typeof STRINGS)['zh'];

export function glossaryStrings(lang: Lang): GlossaryStrings {
  return STRINGS[lang];
}
