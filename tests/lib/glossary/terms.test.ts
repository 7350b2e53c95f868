// The reference glossary's data: enough entries, well-formed, linked, and in our own words
// (no long run of wording shared with the seed document's 名词解释).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeDictionary, REFERENCE_TERMS, normalizeKey } from '../../../lib/glossary';

const SHARED = path.resolve(__dirname, '../../../../shared');
const MIN_TERMS = 80;
/** Longest stretch of a definition allowed to coincide with the seed's wording (term names recur). */
const MAX_SHARED_RUN = 20;

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (cur[j] = prev[j - 1] + 1));
    prev = cur;
  }
  return best;
}

describe('assets/glossary/terms.json', () => {
  const ids = new Set(REFERENCE_TERMS.map((t) => t.id));

  it(`holds ≥ ${MIN_TERMS} well-formed entries with unique ids`, () => {
    expect(REFERENCE_TERMS.length).toBeGreaterThanOrEqual(MIN_TERMS);
    expect(ids.size).toBe(REFERENCE_TERMS.length);
    for (const t of REFERENCE_TERMS) {
      expect(t.zh.length, t.id).toBeGreaterThan(10);
      expect(t.en.length, t.id).toBeGreaterThan(5);
      expect(t.zh, t.id).toMatch(/[\u4e00-\u9fff]/);
      for (const r of t.related ?? []) expect(ids.has(r), `${t.id} → ${r}`).toBe(true);
    }
  });

  it('gives each printed variant to one entry only', () => {
    const owner = new Map<string, string>();
    for (const t of REFERENCE_TERMS) {
      for (const k of new Set([t.term, ...t.aliases].map(normalizeKey))) {
        expect(owner.get(k) ?? t.id, `"${k}" in ${owner.get(k)} and ${t.id}`).toBe(t.id);
        owner.set(k, t.id);
      }
    }
  });

  it('names only codes the dictionary knows', () => {
    const dict = new CodeDictionary();
    for (const t of REFERENCE_TERMS) for (const c of t.codes ?? []) expect(dict.resolve(c), `${t.id}: ${c}`).toBeDefined();
  });

  it('writes definitions in its own words', () => {
    const seed = readFileSync(path.join(SHARED, 'seed/000_dbc8ed1467b6d47b.txt'), 'utf8');
    const section = seed.slice(seed.lastIndexOf('名词解释'));
    const runs = REFERENCE_TERMS.map((t) => [t.id, longestCommonRun(t.zh, section)] as const).sort((a, b) => b[1] - a[1]);
    console.log(`longest run shared with the seed's 名词解释: ${runs[0][1]} characters (${runs[0][0]})`);
    expect(runs[0][1]).toBeLessThanOrEqual(MAX_SHARED_RUN);
  });
});
