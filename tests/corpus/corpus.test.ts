// Precision on real documents: every text-layer disclosure in ../shared/corpus/real is checked, and
// every `fail` must be one reviewed in expected-fails.tsv (an unexpected fail fails the suite).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile, corpusFiles, corpusName, identitiesChecked } from '../support/corpus';
import type { CheckReport } from '../../lib/report/schema';

interface Expected {
  file: string;
  rule: string;
  text: string;
  why: string;
}

const EXPECTED: Expected[] = readFileSync(resolve(__dirname, 'expected-fails.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [file, rule, text, why] = l.split('\t');
    return { file, rule, text, why };
  });

const rows: string[] = [];
const matched = new Set<Expected>();

describe('corpus precision', () => {
  for (const path of corpusFiles()) {
    const name = corpusName(path);
    it(name, async () => {
      let report: CheckReport;
      try {
        report = await checkFile(path);
      } catch (err) {
        // Unreadable inputs in the corpus are its negatives (not disclosures, HTML landing pages).
        expect((err as Error).message).toMatch(/not a budget or final-account disclosure/);
        rows.push(`${name.padEnd(72)} not a disclosure`);
        return;
      }
      const s = report.summary;
      rows.push(
        `${name.padEnd(72)} ${String(identitiesChecked(report)).padStart(4)}  ${[s.pass, s.rounding, s.fail, s.warn, s.unverifiable].map((n) => String(n).padStart(4)).join(' ')}`,
      );
      if (/NEG_/.test(name)) expect(report.document.kind).toBe('other');
      if (/SCANNED/.test(name)) {
        expect(report.document.textLayer).toBe(false);
        expect(s.pass + s.rounding + s.fail).toBe(0);
      }
      const unexpected = report.findings
        .filter((f) => f.status === 'fail')
        .filter((f) => {
          const hit = EXPECTED.find((e) => e.file === name && e.rule === f.rule && `${f.message} ${f.formula}`.includes(e.text));
          if (hit) matched.add(hit);
          return !hit;
        });
      expect(unexpected.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    });
  }

  it('every reviewed fail is still found', () => {
    const stale = EXPECTED.filter((e) => !matched.has(e)).map((e) => `${e.file} ${e.rule} ${e.text}`);
    expect(stale).toEqual([]);
  });

  afterAll(() => {
    console.log(`\n${'document'.padEnd(72)} ids  pass  rnd fail warn unvf\n${rows.join('\n')}`);
  });
});
