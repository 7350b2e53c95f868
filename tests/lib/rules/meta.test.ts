// The rule tests test every rule: each registered id has a table with valid and invalid cases, no table
// names an id the registry lacks, and every rule message exists in both languages with the same placeholders
// (and a formula worded in both languages prints the same figures in each).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import { collectOnly, TABLES } from '../../support/rule-tester';
import { messageProblems } from '../../support/rule-messages';
import type { Rule } from '../../../lib/rules';
import { checkDocument } from '../../../lib/engine';
import { realDocument } from '../../support/corpus';
import { hasShared } from '../../support/paths';

const declareAgain = collectOnly();
const tableFiles = readdirSync(__dirname).filter(
  (f) => f.endsWith('.test.ts') && f !== 'meta.test.ts' && /^(ruleTable|pairTable)\(/m.test(readFileSync(`${__dirname}/${f}`, 'utf8')),
);
try {
  for (const f of tableFiles) await import(`./${f}?collect`); // its own module instance: the file still declares its tests when it runs
} finally {
  declareAgain();
}

describe('rule tests (meta)', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('every registered rule has a table with valid and invalid cases', () => {
    const cases = [...TABLES.values()].reduce((n, t) => n + t.valid.length + t.invalid.length, 0);
    console.info(`rule ids ${ids.length}, tables ${TABLES.size} (in ${tableFiles.length} files), cases ${cases}`);
    expect(
      ids.filter((id) => !TABLES.has(id)),
      'rules without a test table',
    ).toEqual([]);
    expect(
      ids.filter((id) => !TABLES.get(id)?.valid.length),
      'rules without a valid case',
    ).toEqual([]);
    expect(
      ids.filter((id) => !TABLES.get(id)?.invalid.length),
      'rules without an invalid case',
    ).toEqual([]);
  });

  it('every table is for a registered rule (a rule was removed or renamed)', () => {
    expect([...TABLES.keys()].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every rule message has zh and en with the same placeholders', () => {
    expect(messageProblems(RULES)).toEqual([]);
  });

  it('the message check finds a missing language and a placeholder one language drops', () => {
    const rule = (messages: Record<string, Partial<Record<'zh' | 'en', string>>>): Rule => ({
      meta: { id: 'Z9', kind: 'hard', description: { zh: '', en: '' }, messages } as Rule['meta'],
      check: () => [],
    });
    expect(messageProblems([rule({ ok: { zh: '{a} 与 {kind}', en: '{a} and {kindEn}' } })])).toEqual([]);
    expect(messageProblems([rule({ fail: { zh: '{n}项之和 {sum}', en: 'the parts add up to {sum}' }, only: { zh: '中文' } })])).toEqual([
      'Z9.fail: zh {n, sum} ≠ en {sum}',
      'Z9.only: no en',
    ]);
  });

  /** Documents whose findings word formulas (Y1, Y2, N5, T1) and labels (X-, W-rules) in both languages. */
  const WORDED = ['cities-renwu/bj_sifaju_2026_budget_text.pdf', 'cities-renwu/cc_xinfangju_2026_budget.pdf'];
  /** A formula's figures and operators, without its words. */
  const figures = (s: string) => (s.match(/\d[\d.,]*%?|[=+−×/<>≤]/g) ?? []).join(' ');

  it.skipIf(!hasShared)(
    'a formula worded in both languages prints the same figures in each',
    async () => {
      let worded = 0;
      const bad: string[] = [];
      for (const rel of WORDED) {
        const doc = await realDocument(rel);
        const en = new Map(checkDocument(doc, { lang: 'en' }).findings.map((f) => [f.id, f.formula]));
        for (const f of checkDocument(doc, { lang: 'zh' }).findings) {
          const other = en.get(f.id) ?? '';
          if (f.formula !== other) worded++;
          if (figures(f.formula) !== figures(other)) bad.push(`${f.id}: ${f.formula} ≠ ${other}`);
        }
      }
      expect(bad).toEqual([]);
      expect(worded).toBeGreaterThan(0);
    },
    60_000,
  );
});
