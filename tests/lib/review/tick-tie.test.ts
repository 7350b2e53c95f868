// Tick and tie over cells the reader picked on a real budget (长春 信访局 2026): exact sums, the
// rounding interval of domain.md §B.7, and a finding of the reader's own that a mark can attach to.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfLoader } from '../../../lib/cli/pdf';
import type { Cell, DisclosureDocument, Table } from '../../../lib/model/types';
import { tickTie, type Pick } from '../../../lib/review/tick-tie';
import { attachMarks } from '../../../lib/review/marks';
import { baseKey } from '../../../lib/findings';
import { CORPUS } from '../../support/paths';
import { CC_XINFANGJU, realDocument } from '../../support/corpus';

let doc: DisclosureDocument;
beforeAll(async () => {
  doc = await realDocument(CC_XINFANGJU);
});

const table = (title: RegExp): Table => doc.tables.find((t) => title.test(t.title))!;
/** The cell of the row whose first cell is `code`, in column `col`, as the viewer would hand it over. */
function pick(t: Table, code: string, col: number): Pick {
  const row = t.rows.findIndex((r) => r[0]?.text.trim() === code);
  expect(row, `${t.title}: row ${code}`).toBeGreaterThanOrEqual(0);
  const c: Cell = t.rows[row][col];
  return { text: c.text, page: c.page, bbox: c.bbox, unit: t.unit, table: t.id, row, col, label: `${t.rows[row][1]?.text ?? code}` };
}

describe('tick and tie on 支出总表（预算表 3）, p. 8', () => {
  it('two rows (行政单位离退休 72.62 + 机关事业单位基本养老保险缴费支出 105.80) tie to 行政事业单位养老支出 178.42', () => {
    const t = table(/支出总表/);
    expect(t.page).toBe(8);
    const parts = [pick(t, '2080501', 2), pick(t, '2080505', 2)];
    const total = pick(t, '20805', 2);
    const r = tickTie(parts, total, { lang: 'zh' });
    expect(r.sum!.toString()).toBe('178.42');
    expect(r.unit).toBe('万元');
    expect(r.finding).toMatchObject({
      rule: 'R1',
      status: 'pass',
      formula: '72.62 + 105.80 = 178.42 = 178.42 万元',
      tolerance: '<0.015（3 个印刷数值的舍入区间）',
    });
    // Evidence = the picked cells, with their boxes on page 8 (the viewer draws them).
    expect(r.finding.evidence.map((e) => [e.page, e.text])).toEqual([
      [8, '72.62'],
      [8, '105.80'],
      [8, '178.42'],
    ]);
    expect(r.finding.values.every((v) => v.bbox && v.bbox[2] > v.bbox[0] && v.table === t.id)).toBe(true);
  });

  it('a picked total one cent off is rounding (within <0.015), three cents off is a fail, with the interval in the words', () => {
    const t = table(/支出总表/);
    const parts = [pick(t, '2080501', 2), pick(t, '2080505', 2)];
    const total = pick(t, '20805', 2);
    expect(tickTie(parts, { ...total, text: '178.43' }, { lang: 'en' }).finding).toMatchObject({ status: 'rounding', difference: '0.01' });
    const off = tickTie(parts, { ...total, text: '178.45' }, { lang: 'en' }).finding;
    expect(off).toMatchObject({ status: 'fail', difference: '0.03', tolerance: '<0.015 (rounding interval of 3 printed values)' });
    expect(off.message).toBe(
      "Reader's check: the 2 numbers add up to 178.42 万元, but the picked total is 178.45 万元: 0.03 apart, beyond rounding",
    );
  });

  it('without a total: the exact sum, never a pass', () => {
    const t = table(/支出总表/);
    const r = tickTie([pick(t, '2014001', 2), pick(t, '2014002', 2), pick(t, '2014099', 2)], undefined, { lang: 'en' });
    expect(r.sum!.toString()).toBe('1378.41');
    expect(r.finding.status).toBe('unverifiable');
  });
});

describe('tick and tie reproduces a printed error the engine found (W9, 预算表6 p. 11)', () => {
  it('the nine 301xx cells add up to 920.96, not the 911.21 printed for 301 工资福利支出', () => {
    const t = doc.tables.find((x) => x.page === 11 && x.rows.some((r) => r[0]?.text.trim() === '301'))!;
    const codes = t.rows.map((r) => r[0]?.text.trim() ?? '').filter((c) => /^301\d\d$/.test(c));
    expect(codes).toHaveLength(9);
    const col = t.rows.find((r) => r[0]?.text.trim() === '301')!.findIndex((c) => c.text.trim() === '911.21');
    const r = tickTie(
      codes.map((c) => pick(t, c, col)),
      pick(t, '301', col),
      { lang: 'zh' },
    );
    expect(r.sum!.toString()).toBe('920.96');
    expect(r.finding).toMatchObject({ status: 'fail', difference: '-9.75' });

    // A mark on the reader's own finding survives a re-pick of the same cells (same key).
    const again = tickTie(
      codes.map((c) => pick(t, c, col)),
      pick(t, '301', col),
      { lang: 'en', id: 'R1:7' },
    ).finding;
    const key = baseKey(r.finding);
    expect(baseKey(again)).toBe(key);
    const marked = attachMarks({ findings: [again] }, [{ key, kind: 'asked', date: '2026-12-06' }]);
    expect(marked.findings[0].mark?.kind).toBe('asked');
  });
});

describe('tick and tie refuses what it cannot read', () => {
  it('a pick that is not one number, or numbers in units that do not add, give unverifiable with the reason', () => {
    const p = (text: string, unit?: string): Pick => ({ text, page: 1, unit });
    expect(tickTie([p('1.00'), p('合计')], p('2.00'), { lang: 'en' }).finding).toMatchObject({
      status: 'unverifiable',
      message: expect.stringContaining('“合计”'),
    });
    expect(tickTie([p('12.54%'), p('3.00万元')], undefined, { lang: 'en' }).finding.status).toBe('unverifiable');
    // 元 and 万元 reconcile exactly: 15,000元 + 0.50万元 = 2.00万元.
    expect(tickTie([p('15,000元'), p('0.50万元')], p('2.00万元'), { lang: 'en' }).finding.status).toBe('pass');
  });
});
