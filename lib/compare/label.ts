// How a value of either year is labelled in findings: "2018 budget js_x_2018_budget.pdf p.12".
import type { DisclosureDocument } from '../model';
import { originOf } from './merge';

const KIND_WORD: Record<string, string> = {
  'dept-budget': 'budget',
  'unit-budget': 'budget',
  'gov-budget': 'budget',
  'dept-final': 'final account',
  'unit-final': 'final account',
  'gov-final': 'final account',
  other: 'document',
};

export function isFinal(doc: DisclosureDocument): boolean {
  return /final/.test(doc.info.kind);
}

export function isBudget(doc: DisclosureDocument): boolean {
  return /budget/.test(doc.info.kind);
}

export function docLabel(doc: DisclosureDocument, part?: object, page?: number): string {
  const path = part ? originOf(doc, part) : (doc.source.path ?? '');
  const file = path
    .split('+')
    .map((p) => p.split(/[\\/]/).pop())
    .join('+');
  return [doc.info.year, KIND_WORD[doc.info.kind] ?? 'document', file, page ? `p.${page}` : ''].filter(Boolean).join(' ');
}

/** A value labelled with the document (and file part) and page it comes from: "2018 budget x.pdf p.9: 收入总计". */
export function labelledIn<V extends { label: string; page?: number }>(doc: DisclosureDocument, v: V, part?: object): V {
  return { ...v, label: `${docLabel(doc, part, v.page)}: ${v.label}` };
}
