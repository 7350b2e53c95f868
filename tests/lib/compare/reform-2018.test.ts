// The 2018 economic-classification reform on a real pair (江苏 人大办公厅 2017→2018 budgets): codes
// that moved are paired by the crosswalk, a code reused for another item is not paired by its digits,
// and an item folded into another is named as merged.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type AlignedItem } from '../../../lib/compare';
import { codeMayHaveMoved, movedFrom } from '../../../lib/compare/moves';
import { SERIES, loadJoined } from './load';

let items: AlignedItem[];
beforeAll(async () => {
  items = compareDocuments(await loadJoined(SERIES.rendaban[2017]), await loadJoined(SERIES.rendaban[2018])).items;
}, 60_000);

const basic = (code: string) => items.filter((i) => i.role === 'gpb-basic' && i.code === code);

describe('2018 economic-code crosswalk (rendaban 2017 → 2018)', () => {
  it('30311 住房公积金 → 30113 and 30307 医疗费 → 30114, one row each with both years', () => {
    expect(basic('30113')).toEqual([expect.objectContaining({ match: 'moved', name: '住房公积金', prior: '494.22', current: '572.56' })]);
    expect(basic('30114')).toEqual([expect.objectContaining({ match: 'moved', name: '医疗费', prior: '30.24', current: '31.68' })]);
    expect(basic('30311')).toEqual([]);
    expect(basic('30307')).toEqual([]);
  });

  it('提租补贴 (30312) is named as folded into 30102 津贴补贴', () => {
    expect(basic('30312')).toEqual([expect.objectContaining({ match: 'disappeared', mergedInto: '30102 津贴补贴' })]);
  });

  it('a code reused across the reform pairs only when the names agree', () => {
    // 30307 was 医疗费 before 2018 and is 医疗费补助 after: the crosswalk sends 医疗费 to 30114 instead.
    expect(codeMayHaveMoved('30307', 2017, 2018)).toBe(true);
    expect(codeMayHaveMoved('30307', 2018, 2019)).toBe(false);
    expect(codeMayHaveMoved('2010101', 2017, 2018)).toBe(false);
    expect(movedFrom('30114', 2018, 2017)).toBe('30307');
    expect(movedFrom('30114', 2019, 2018)).toBeUndefined();
    const coded = items.filter((i) => i.match === 'code' && i.code?.startsWith('3'));
    expect(coded.length).toBeGreaterThanOrEqual(15);
    expect(coded.every((i) => !i.priorName)).toBe(true);
  });
});

describe('codes printed with inner spaces', () => {
  it('"301   2" (类 and 款 in one cell, the 款 without its 0) reads as 30102', async () => {
    const doc = await loadJoined(SERIES.rendaban[2018]);
    let edited = 0;
    const tables = doc.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => r.map((c) => (c.text.trim() === '30102' && ++edited ? { ...c, text: '301   2' } : c))),
    }));
    expect(edited).toBeGreaterThanOrEqual(1);
    const prior = await loadJoined(SERIES.rendaban[2017]);
    const spaced = compareDocuments(prior, { ...doc, tables }).items.filter((i) => i.role === 'gpb-basic' && i.code === '30102');
    expect(spaced).toEqual([expect.objectContaining({ match: 'code', name: '津贴补贴', current: '2752.8' })]);
  });
});

describe('lines without a value', () => {
  it('a line printed blank in both years (a heading, an empty 类) is not aligned', () => {
    const blank = (v?: { text: string }) => !v || !/\d/.test(v.text);
    expect(items.filter((i) => blank(i.priorValue) && blank(i.currentValue)).map((i) => i.key)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(75); // 103 before, 22 of them blank in both years
  });
});
