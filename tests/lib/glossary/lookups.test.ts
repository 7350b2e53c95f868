// Glossary look-up quality on 80 realistic queries (tests/lib/glossary/lookups.ts): the right entry
// first for at least 95 %, and every code's explanation is its own.
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../lib/glossary';
import { LOOKUPS } from './lookups';

const glossary = createGlossary();
const top1 = (q: string) => glossary.lookup(q, { limit: 3 })[0]?.entry.id;

describe('glossary look-ups as readers type them', () => {
  it('has 80 look-ups over every kind', () => {
    expect(LOOKUPS).toHaveLength(80);
  });

  it('finds the right entry first for ≥ 95 % of them', () => {
    const misses = LOOKUPS.filter(([q, id]) => top1(q) !== id).map(([q, id]) => `${q} → ${top1(q)} (want ${id})`);
    console.log(`glossary top-1: ${LOOKUPS.length - misses.length}/${LOOKUPS.length}`, misses);
    expect(misses.length / LOOKUPS.length).toBeLessThanOrEqual(0.05);
  });

  it('searches English: every entry is found by its own English name', () => {
    const lost = glossary.entries
      .filter((e) => !e.enNames?.length || top1(e.enNames[0]) !== e.id)
      .map((e) => `${e.id}: ${e.enNames?.[0]} → ${top1(e.enNames?.[0] ?? '')}`);
    expect(lost).toEqual([]);
  });

  it('explains every code in its own words, never with the definition of a group it belongs to', () => {
    const wrong: string[] = [];
    for (const e of glossary.entries) {
      for (const code of e.codes ?? []) {
        const entry = glossary.entry(`code:${code}`);
        if (!entry) continue;
        const names = [entry.term, ...entry.aliases];
        const ownTerm = [e.term, ...e.aliases].some((n) => names.includes(n));
        if (!ownTerm && entry.zh.includes(e.zh)) wrong.push(`${code} ${entry.term} explained as ${e.term}`);
        if (!ownTerm && entry.en.includes(e.en)) wrong.push(`${code} ${entry.term} glossed as ${e.term}`);
        expect(entry.zh.startsWith(entry.zh.match(/^[^“]+/)![0])).toBe(true);
        expect(entry.zh).toContain(`${code}“${entry.term}”`);
      }
    }
    expect(wrong).toEqual([]);
    expect(glossary.entry('code:30231')!.zh).toContain('属于“三公”经费');
    expect(glossary.entry('code:30231')!.zh).not.toContain('这三项用财政拨款支付的经费的统称');
    expect(glossary.entry('code:30217')!.zh).toContain('接待');
  });

  it('says that 结转结余 covers both 结转 and 结余, and gives 财政拨款结转 its own entry', () => {
    const hit = glossary.lookup('结转结余')[0].entry;
    expect(hit.zh).toMatch(/合称/);
    expect(hit.related).toEqual(expect.arrayContaining(['carryover-in', 'carryover-out']));
    expect(top1('财政拨款结转')).toBe('fiscal-carryover');
  });
});
