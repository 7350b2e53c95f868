// One check of both shared corpora feeds two guards (the check is the suite's most expensive step,
// so it is made once: corpus/real in-process, as each worker of `dlens check --jobs` does, from the
// documents the other corpus tests read too — tests/support/corpus.ts `checkLines`, the same lines
// as the CLI's —, corpus/wide by the built CLI; `npm run ledger` runs the CLI over both):
// - the precision ledger (bench/ledger/): every `fail` must be one a person has labelled after
//   reading the page, and every finding labelled `real` must still be reported. Warns may wait for
//   labels (npm run ledger counts them);
// - the reviewed fails of corpus/real (expected-fails.tsv), matched on the English wording.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCorpusAsync, docResults } from '../../bench/support/ledger-run';
import { compareLedger, type DocResult } from '../../bench/support/ledger-stats';
import type { LedgerFinding } from '../../bench/support/ledger';
import { checkLines, identitiesChecked } from '../support/corpus';
import type { CheckReport } from '../../lib/report/schema';
import { hasShared, REPO, SHARED } from '../support/paths';

let results: DocResult[];
beforeAll(async () => {
  if (!hasShared) return;
  const corpus = resolve(SHARED, 'corpus');
  // corpus/real in this worker, from the documents the other corpus tests read too; corpus/wide, which
  // only this test reads whole, by the built CLI's workers beside it.
  const [real, wide] = await Promise.all([
    checkLines([resolve(corpus, 'real')], 'en'),
    checkCorpusAsync(REPO, [resolve(corpus, 'wide')], ['--lang', 'en']),
  ]);
  const lines = [...real, ...wide];
  results = docResults(lines, corpus, resolve(REPO, 'bench/ledger'));
}, 900_000);

describe.skipIf(!hasShared)('precision ledger over ../shared/corpus/real and wide', () => {
  it('has a ledger file, with its truth read, for every document', () => {
    expect(results.length).toBeGreaterThan(130);
    expect(results.filter((r) => !r.ledger).map((r) => r.doc)).toEqual([]);
    expect(results.filter((r) => r.ledger!.truth.note.startsWith('?')).map((r) => r.doc)).toEqual([]);
  });

  it('reports no fail that the ledger has not labelled', () => {
    const unlabelled = results.flatMap((r) =>
      r.flags
        .filter(({ key, f }) => f.status === 'fail' && (r.ledger?.entries.find((e) => e.key === key)?.label ?? '?') === '?')
        .map(({ key, f }) => `${r.doc}  ${key}  ${f.message.slice(0, 100)}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('gives one verdict per printed inconsistency: no cell set both fails and is withheld as a misreading', () => {
    const cells = (f: LedgerFinding) =>
      f.values
        .filter((v) => v.table)
        .map((v) => `${v.table}:${v.row}:${v.col}`)
        .sort()
        .join('|');
    const both = results.flatMap((r) => {
      const fs = r.line.findings ?? [];
      const withheld = new Set(fs.filter((f) => f.misread && cells(f)).map(cells));
      return fs.filter((f) => f.status === 'fail' && withheld.has(cells(f))).map((f) => `${r.doc} ${f.rule} ${f.message.slice(0, 80)}`);
    });
    expect(both).toEqual([]);
    // The check can see a misreading at all: the corpora hold some.
    expect(results.some((r) => (r.line.findings ?? []).some((f) => f.misread))).toBe(true);
  });

  // A recall floor: each of these rules computes something on the corpora. Taking one out of the
  // registry (or breaking what feeds it) fails here, whatever the unit tests cover.
  const FIRING =
    'G1 H3 H4 H5 H6 K1 N1 N3 N4 N5 N6 N7 N8 N9 N11 SCAN T1 T2 T3 W1 W2 W3 W4 W5 W6 W7 W8 W9 W10 W11 W13 W14 X1 X2 X3 X4 X5 X6 X7 X8 X9 X10 X12 X14 Y1 Y2 Y3 Y5'.split(
      ' ',
    );
  it('every rule that checks something on the corpora still does', () => {
    const seen = new Set(results.flatMap((r) => (r.line.findings ?? []).map((f) => f.rule)));
    expect(FIRING.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('still reports every finding labelled real', () => {
    expect(compareLedger(results).lostReal).toEqual([]);
  });
});

interface Expected {
  file: string;
  rule: string;
  text: string;
  why: string;
}

describe.skipIf(!hasShared)('reviewed fails of ../shared/corpus/real (expected-fails.tsv)', () => {
  const EXPECTED: Expected[] = readFileSync(resolve(__dirname, 'expected-fails.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [file, rule, text, why] = l.split('\t');
      return { file, rule, text, why };
    });
  // Names relative to corpus/real, as expected-fails.tsv writes them.
  const real = () =>
    results
      .filter((r) => r.doc.startsWith('real/'))
      .map((r) => ({ name: r.doc.slice('real/'.length), line: r.line }))
      .sort((a, b) => a.name.localeCompare(b.name));

  it('checks every document of corpus/real; the unreadable ones are its negatives', () => {
    const docs = real();
    expect(docs.length).toBeGreaterThan(50);
    for (const { name, line } of docs) {
      if (line.error) {
        // An empty template is told apart from other non-disclosures; both are errors, never "checked".
        expect(`${name} ${line.error.kind}`).toMatch(/ (not-disclosure|template)$/);
        continue;
      }
      if (/NEG_/.test(name)) expect(`${name} ${line.document?.kind}`).toBe(`${name} other`);
      if (/SCANNED/.test(name)) {
        const s = (line as unknown as CheckReport).summary;
        expect(`${name} ${line.document?.textLayer} ${s.pass + s.rounding + s.fail}`).toBe(`${name} false 0`);
      }
    }
  });

  it('reports no fail that is not reviewed, and still finds every reviewed fail', () => {
    const matched = new Set<Expected>();
    const unexpected: string[] = [];
    const table: string[] = [];
    for (const { name, line } of real()) {
      if (line.error) continue;
      const report = line as unknown as CheckReport;
      const s = report.summary;
      table.push(
        `${name.padEnd(72)} ${String(identitiesChecked(report)).padStart(4)}  ${[s.pass, s.rounding, s.fail, s.warn, s.unverifiable].map((n) => String(n).padStart(4)).join(' ')}`,
      );
      for (const f of report.findings.filter((f) => f.status === 'fail')) {
        const hit = EXPECTED.find((e) => e.file === name && e.rule === f.rule && `${f.message} ${f.formula}`.includes(e.text));
        if (hit) matched.add(hit);
        else unexpected.push(`${name} ${f.rule}: ${f.message}`);
      }
    }
    console.log(`\n${'document'.padEnd(72)} ids  pass  rnd fail warn unvf\n${table.join('\n')}`);
    expect(unexpected).toEqual([]);
    expect(EXPECTED.filter((e) => !matched.has(e)).map((e) => `${e.file} ${e.rule} ${e.text}`)).toEqual([]);
  });
});
