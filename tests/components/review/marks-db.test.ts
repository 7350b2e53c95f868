// The reader's marks in IndexedDB (fake-indexeddb in Node): saved per library entry, replaced per
// finding, listed, counted for the library's "has marks" filter, and reattached after a re-check.
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deleteCheck,
  deleteMark,
  deleteMarksOf,
  getChecks,
  getMarks,
  markCounts,
  putCheck,
  putMark,
  replaceMarks,
} from '../../../components/library/marks-db';
import { attachMarks, countMarks, keyedFindings } from '../../../lib/review/marks';
import { checkFile } from '../../support/corpus';
import { CORPUS } from '../../support/paths';

const DOC = '长春市信访局|dept-budget|2026';

describe('marks-db', () => {
  it('keeps one mark per finding per entry, and gives them back for a re-checked report', async () => {
    const report = await checkFile(resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf'));
    const fails = keyedFindings(report.findings).filter((k) => k.finding.status === 'fail');
    expect(fails.length).toBeGreaterThan(3);
    await putMark(DOC, { key: fails[0].key, kind: 'asked', date: '2026-12-05' });
    await putMark(DOC, { key: fails[0].key, kind: 'confirmed', note: '已电话核实', date: '2026-12-06' });
    await putMark(DOC, { key: fails[1].key, kind: 'false-alarm', date: '2026-12-06' });
    await putMark('another|dept-budget|2025', { key: fails[0].key, kind: 'asked', date: '2026-12-06' });

    const saved = await getMarks(DOC);
    expect(saved.map((m) => [m.key, m.kind]).sort()).toEqual(
      [
        [fails[0].key, 'confirmed'],
        [fails[1].key, 'false-alarm'],
      ].sort(),
    );
    expect(saved.every((m) => !('doc' in m))).toBe(true);
    expect(await markCounts()).toEqual(
      new Map([
        [DOC, 2],
        ['another|dept-budget|2025', 1],
      ]),
    );

    const again = attachMarks(await checkFile(resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf')), saved);
    expect(countMarks(again.findings)).toMatchObject({ confirmed: 1, 'false-alarm': 1, total: 2 });
    expect(again.orphanedMarks).toBeUndefined();

    await deleteMark(DOC, fails[1].key);
    expect((await getMarks(DOC)).map((m) => m.kind)).toEqual(['confirmed']);
    await replaceMarks(DOC, [{ key: fails[2].key, kind: 'asked', date: '2026-12-07' }]);
    expect((await getMarks(DOC)).map((m) => m.key)).toEqual([fails[2].key]);
    await deleteMarksOf(DOC);
    expect(await getMarks(DOC)).toEqual([]);
    expect(await getMarks('another|dept-budget|2025')).toHaveLength(1);
  });

  it('keeps the reader’s own tick-and-tie checks per entry, in the order kept; deleting the entry drops them with its marks', async () => {
    const DOC2 = '长春市信访局|dept-budget|2027';
    const pick = (text: string, row: number) => ({
      text,
      page: 8,
      bbox: [136, 400, 201, 420] as [number, number, number, number],
      unit: '万元',
      row,
    });
    await putCheck(DOC2, {
      id: 'b',
      parts: [pick('72.62', 10), pick('105.80', 11)],
      total: pick('178.42', 9),
      date: '2026-12-06T10:00:00Z',
    });
    await putCheck(DOC2, { id: 'a', parts: [pick('1.00', 1)], total: pick('1.00', 2), date: '2026-12-06T09:00:00Z' });
    await putMark(DOC2, { key: 'R1|p8|72.62;105.80;178.42', kind: 'confirmed', date: '2026-12-06' });
    expect((await getChecks(DOC2)).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await getChecks(DOC2))[1].total.text).toBe('178.42');
    await deleteCheck(DOC2, 'a');
    expect((await getChecks(DOC2)).map((c) => c.id)).toEqual(['b']);
    await deleteMarksOf(DOC2);
    expect(await getChecks(DOC2)).toEqual([]);
    expect(await getMarks(DOC2)).toEqual([]);
  });
});
