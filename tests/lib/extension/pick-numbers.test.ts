// What a click or a dragged box on a page picks for the tick and tie, on a real budget (长春 信访局 2026,
// 支出总表 p. 8): amount cells only (no codes, no names, no header), in reading order, with the table's unit.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfLoader } from '../../../lib/cli/pdf';
import type { BBox, DisclosureDocument, Table } from '../../../lib/model';
import { picksInRect } from '../../../lib/extension/pick-numbers';
import { tickTie } from '../../../lib/review';
import { CORPUS } from '../../support/paths';
import { CC_XINFANGJU, realDocument } from '../../support/corpus';

let doc: DisclosureDocument;
let t: Table;
beforeAll(async () => {
  doc = await realDocument(CC_XINFANGJU);
  t = doc.tables.find((x) => /支出总表/.test(x.title))!;
});

const row = (code: string) => t.rows.find((r) => r[0]?.text.trim() === code)!;
const union = (a: BBox, b: BBox): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
const inset = (b: BBox, d: number): BBox => [b[0] + d, b[1] + d, b[2] - d, b[3] - d];

describe('picksInRect', () => {
  it('a box over the 合计 cells of two rows picks those two amounts, which tie to their 款', () => {
    const box = inset(union(row('2080501')[2].bbox!, row('2080505')[2].bbox!), 4);
    const picks = picksInRect(doc, 8, box);
    expect(picks.map((p) => [p.text, p.unit, p.label])).toEqual([
      ['72.62', '万元', '2080501 行政单位离退休'],
      ['105.80', '万元', '2080505 机关事业单位基本养老保险缴费支出'],
    ]);
    const [total] = picksInRect(doc, 8, inset(row('20805')[2].bbox!, 10));
    expect(tickTie(picks, total, { lang: 'en' }).finding.status).toBe('pass');
  });

  it('a box over whole rows leaves out the codes and names; the same box on another page picks nothing', () => {
    const box = inset(union(row('2080501')[0].bbox!, row('2080505')[10].bbox!), 2);
    const picks = picksInRect(doc, 8, box);
    expect(picks).toHaveLength(2 * 9); // the nine amount columns of each row (合计, 当年预算 ×4, 上年结转结余 ×4)
    expect(picks.some((p) => /^\d{7}$/.test(p.text.trim()) || /[\u4e00-\u9fff]/.test(p.text))).toBe(false);
    expect(picksInRect(doc, 9, box).filter((p) => p.table === t.id)).toEqual([]);
  });

  it('a click on a header cell or on blank paper picks nothing', () => {
    const header = t.rows[0][1].bbox!;
    const x = (header[0] + header[2]) / 2;
    const y = (header[1] + header[3]) / 2;
    expect(picksInRect(doc, 8, [x - 0.5, y - 0.5, x + 0.5, y + 0.5])).toEqual([]);
    expect(picksInRect(doc, 8, [580, 800, 581, 801])).toEqual([]);
  });
});
