// A reader's marks on a real budget: keyed as the ledger keys findings, surviving a re-check, counted,
// orphaned when the finding is gone, and read back from an exported file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../support/corpus';
import { CORPUS, REPO } from '../../support/paths';
import type { CheckReport } from '../../../lib/report/schema';
import { findingKeys } from '../../../lib/findings';
import {
  attachMarks,
  countMarks,
  keyedFindings,
  marksFile,
  marksOf,
  orphanedMarks,
  parseMarksFile,
  setMark,
  MarksError,
} from '../../../lib/review/marks';

const DOC = 'cities-renwu/cc_xinfangju_2026_budget.pdf';

describe('marks on a real budget (长春 信访局 2026)', () => {
  let report: CheckReport;
  beforeAll(async () => {
    report = await checkFile(resolve(CORPUS, DOC));
  });

  it('are keyed by the ledger key: the findings the ledger labels real are found under their ledger keys', () => {
    const ledger = readFileSync(resolve(REPO, 'bench/ledger/real', `${DOC}.tsv`), 'utf8');
    const ledgerKeys = ledger
      .split('\n')
      .filter((l) => l.startsWith('real\t'))
      .map((l) => l.split('\t')[3]);
    expect(ledgerKeys).toContain('N1|p6,17|1682.76元;1682.76');
    const keys = new Set(findingKeys(report.findings));
    expect(ledgerKeys.length).toBeGreaterThan(5);
    expect(ledgerKeys.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('attach to their findings, are counted, and survive a re-check; a mark whose finding is gone is orphaned', async () => {
    const keyed = keyedFindings(report.findings);
    const n1 = keyed.find((k) => k.key === 'N1|p6,17|1682.76元;1682.76')!;
    const w9 = keyed.find((k) => k.finding.rule === 'W9' && k.finding.status === 'fail')!;
    let marks = setMark([], n1.key, { kind: 'confirmed', note: '  元 printed for 万元  ', date: '2026-12-06' });
    marks = setMark(marks, w9.key, { kind: 'asked', date: '2026-12-06T10:00:00Z' });
    marks = setMark(marks, 'W9|p99|1.00;2.00', { kind: 'false-alarm', date: '2026-12-01', rule: 'W9', message: 'gone' });
    marks = setMark(marks, w9.key, { kind: 'asked', note: '电话问询', date: '2026-12-06T11:00:00Z' }); // replaces, one per key
    expect(marks).toHaveLength(3);

    const again = await checkFile(resolve(CORPUS, DOC)); // a re-check: fresh findings, fresh ids
    const marked = attachMarks(again, marks);
    expect(marked.findings.find((f) => f.rule === 'N1' && f.status === 'fail')!.mark).toEqual({
      kind: 'confirmed',
      note: '元 printed for 万元',
      date: '2026-12-06',
    });
    expect(marked.findings.filter((f) => f.mark?.kind === 'asked').map((f) => f.mark!.note)).toEqual(['电话问询']);
    expect(countMarks(marked.findings)).toEqual({ confirmed: 1, 'false-alarm': 0, asked: 1, total: 2 });
    expect(marked.orphanedMarks?.map((m) => m.key)).toEqual(['W9|p99|1.00;2.00']);
    expect(orphanedMarks(again.findings, marks).map((m) => m.message)).toEqual(['gone']);
    expect(again.findings.some((f) => f.mark)).toBe(false); // attaching copies

    // What the viewer saves and exports: the marks of a marked report, with their finding's rule and words.
    const exported = marksOf(marked.findings);
    expect(exported.map((m) => m.rule).sort()).toEqual(['N1', 'W9']);
    const file = JSON.parse(JSON.stringify(marksFile(exported, { name: 'cc_xinfangju_2026_budget.pdf' })));
    expect(attachMarks(report, parseMarksFile(file).marks).findings.filter((f) => f.mark)).toHaveLength(2);
  });
});

describe('parseMarksFile', () => {
  const ok = { schema: 'dlens.marks/1', marks: [{ key: 'N1|p6|1.00', kind: 'confirmed', date: '2026-12-06' }] };
  it('reads a valid file', () => expect(parseMarksFile(ok).marks).toEqual(ok.marks));
  it.each([
    [[], /expected a JSON object/],
    [{ schema: 'dlens.check/1', marks: [] }, /schema is "dlens.check\/1"/],
    [{ schema: 'dlens.marks/1' }, /"marks" must be a list/],
    [{ ...ok, marks: [{ key: 'k', kind: 'ok', date: '2026-12-06' }] }, /marks\[0\]\.kind must be one of confirmed, false-alarm, asked/],
    [{ ...ok, marks: [{ key: 'k', kind: 'asked', date: 'yesterday' }] }, /marks\[0\]\.date/],
    [{ ...ok, marks: [{ key: '', kind: 'asked', date: '2026-12-06' }] }, /marks\[0\]\.key/],
    [{ ...ok, marks: [{ key: 'k', kind: 'asked', date: '2026-12-06', note: 3 }] }, /marks\[0\]\.note must be text/],
  ])('rejects %j in one line', (data, msg) => {
    expect(() => parseMarksFile(data)).toThrow(MarksError);
    expect(() => parseMarksFile(data)).toThrow(msg);
  });
});
