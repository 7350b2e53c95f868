// Loads real corpus documents once per test file (PDF extraction is the slow part).
import { resolve } from 'node:path';
import { loadDocument } from '../../../lib/cli/inputs';
import { pdfLoader } from '../../../lib/cli/pdf';
import { mergeDocuments } from '../../../lib/compare';
import type { DisclosureDocument } from '../../../lib/model/types';
import { JIANGSU_SERIES } from '../../support/jiangsu-series';

export const REAL = resolve(__dirname, '../../../../shared/corpus/real');
export const JIANGSU = resolve(REAL, 'jiangsu-open-budget');

export const SERIES = JIANGSU_SERIES;

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
