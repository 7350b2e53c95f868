// The precision ledger (bench/ledger/) guards what the engine reports on both shared corpora:
// every `fail` must be one a person has labelled after reading the page, and every finding
// labelled `real` must still be reported. Warns may wait for labels (npm run ledger counts them).
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus, docResults } from '../../bench/support/ledger-run';
import { compareLedger, type DocResult } from '../../bench/support/ledger-stats';
import type { LedgerFinding } from '../../bench/support/ledger';
import { hasShared, REPO, SHARED } from '../support/paths';

describe.skipIf(!hasShared)('precision ledger over ../shared/corpus/real and wide', () => {
  let results: DocResult[];
  beforeAll(() => {
    const corpus = resolve(SHARED, 'corpus');
    results = docResults(checkCorpus(REPO, [resolve(corpus, 'real'), resolve(corpus, 'wide')]), corpus, resolve(REPO, 'bench/ledger'));
  }, 600_000);

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
