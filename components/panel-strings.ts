// Words of the findings panel's filters and links (the rest are in i18n.ts).
import type { Lang } from '../lib/rules';

const PANEL = {
  zh: {
    thisPage: (n: number) => `只看本页（第 ${n} 页）`,
    noFindingsAtAll: '没有核对结果。',
    copyLink: '复制这条结果的链接',
    linkCopied: '链接已复制',
    retry: '重试',
  },
  en: {
    thisPage: (n: number) => `This page only (p. ${n})`,
    noFindingsAtAll: 'No findings.',
    copyLink: 'Copy a link to this finding',
    linkCopied: 'Link copied',
    retry: 'Retry',
  },
};

export function panelStrings(lang: Lang) {
  return PANEL[lang];
}
