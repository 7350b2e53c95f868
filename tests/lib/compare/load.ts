// Loads real corpus documents once per test file (PDF extraction is the slow part).
import { resolve } from 'node:path';
import { loadDocument } from '../../../lib/cli/inputs';
import { pdfLoader } from '../../../lib/cli/pdf';
import { mergeDocuments } from '../../../lib/compare';
import type { DisclosureDocument } from '../../../lib/model/types';

export const REAL = resolve(__dirname, '../../../../shared/corpus/real');
export const JIANGSU = resolve(REAL, 'jiangsu-open-budget');

/** The files of each Jiangsu department-year ("+" joins a year split into text and tables). */
export const SERIES: Record<string, Record<number, string>> = {
  rendaban: { 2017: 'js_rendaban_2017_budget.pdf', 2018: 'js_rendaban_2018_budget.pdf', 2019: 'js_rendaban_2019_budget_text.pdf+js_rendaban_2019_budget_tables.pdf' },
  jianchayuan: { 2017: 'js_jianchayuan_2017_budget.pdf', 2018: 'js_jianchayuan_2018_budget.pdf', 2019: 'js_jianchayuan_2019_budget.pdf' },
  shengweiban: {
    2017: 'js_shengweiban_2017_budget_text.pdf+js_shengweiban_2017_budget_tables.pdf',
    2018: 'js_shengweiban_2018_budget_text.pdf+js_shengweiban_2018_budget_tables.pdf',
    2019: 'js_shengweiban_2019_budget_text.pdf+js_shengweiban_2019_budget_tables.pdf',
  },
};

const cache = new Map<string, Promise<DisclosureDocument>>();

export function loadJoined(spec: string, dir = JIANGSU): Promise<DisclosureDocument> {
  const key = `${dir}|${spec}`;
  let p = cache.get(key);
  if (!p) {
    p = Promise.all(spec.split('+').map(async (f) => (await loadDocument(resolve(dir, f), pdfLoader)).doc)).then(mergeDocuments);
    cache.set(key, p);
  }
  return p;
}
