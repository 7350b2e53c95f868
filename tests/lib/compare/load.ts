// Loads real corpus documents once per run (PDF extraction is the slow part: tests/support/corpus.ts).
import { resolve } from 'node:path';
import { mergeDocuments } from '../../../lib/compare';
import type { DisclosureDocument } from '../../../lib/model/types';
import { readDocument } from '../../support/corpus';
import { JIANGSU_SERIES } from '../../support/jiangsu-series';

export const REAL = resolve(__dirname, '../../../../shared/corpus/real');
export const JIANGSU = resolve(REAL, 'jiangsu-open-budget');

export const SERIES = JIANGSU_SERIES;

const cache = new Map<string, Promise<DisclosureDocument>>();

export function loadJoined(spec: string, dir = JIANGSU): Promise<DisclosureDocument> {
  const key = `${dir}|${spec}`;
  let p = cache.get(key);
  if (!p) {
    p = Promise.all(spec.split('+').map((f) => readDocument(resolve(dir, f)))).then(mergeDocuments);
    cache.set(key, p);
  }
  return p;
}
