// The reader's marks in IndexedDB (fake-indexeddb in Node): saved per library entry, replaced per
// finding, listed, counted for the library's "has marks" filter, and reattached after a re-check.
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteMark, deleteMarksOf, getMarks, markCounts, putMark, replaceMarks } from '../../../components/library/marks-db';
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
});
