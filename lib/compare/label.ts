// How a value of either year is labelled in findings, in the run's language:
// "2018 budget js_x_2018_budget.pdf p.12" / "2018年预算 js_x_2018_budget.pdf 第12页".
import type { DisclosureDocument } from '../model';
import type { Lang, Localized } from '../findings';
import { originOf } from './merge';

const BUDGET: Localized = { zh: '预算', en: 'budget' };
const FINAL: Localized = { zh: '决算', en: 'final account' };
const KIND_WORD: Record<string, Localized> = {
  'dept-budget': BUDGET,
  'unit-budget': BUDGET,
  'gov-budget': BUDGET,
  'dept-final': FINAL,
  'unit-final': FINAL,
  'gov-final': FINAL,
  other: { zh: '文件', en: 'document' },
};

export function isFinal(doc: DisclosureDocument): boolean {
  return /final/.test(doc.info.kind);
}

export function isBudget(doc: DisclosureDocument): boolean {
  return /budget/.test(doc.info.kind);
}

export function docLabel(doc: DisclosureDocument, lang: Lang, part?: object, page?: number): string {
  const path = part ? originOf(doc, part) : (doc.source.path ?? '');
  const file = path
    .split('+')
    .map((p) => p.split(/[\\/]/).pop())
    .join('+');
  const kind = (KIND_WORD[doc.info.kind] ?? KIND_WORD.other)[lang];
  const year = doc.info.year === undefined ? kind : lang === 'zh' ? `${doc.info.year}年${kind}` : `${doc.info.year} ${kind}`;
  const at = page ? (lang === 'zh' ? `第${page}页` : `p.${page}`) : '';
  return [year, file, at].filter(Boolean).join(' ');
}

/** A value labelled with the document (and file part) and page it comes from: "2018 budget x.pdf p.9: 收入总计". */
export function labelledIn<V extends { label: string; page?: number }>(doc: DisclosureDocument, v: V, lang: Lang, part?: object): V {
  return { ...v, label: `${docLabel(doc, lang, part, v.page)}${lang === 'zh' ? '：' : ': '}${v.label}` };
}
