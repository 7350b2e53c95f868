// Small hand-made pages for the mechanisms the real documents exercise only implicitly:
// spanning ruled cells, letter-spaced CJK headers, merged runs, settings validation, 续表 merging.
import { describe, it, expect } from 'vitest';
import { detectTables, mergeContinuedTables } from '../../../lib/layout/table';
import { resolveTableSettings } from '../../../lib/layout/settings';
import { splitRun } from '../../../lib/layout/table-words';
import { unitOf, emptyNoteOf } from '../../../lib/layout/table-title';
import type { PageContent, RuleSegment, TextRun } from '../../../lib/pdf/types';

const run = (text: string, x0: number, top: number, x1: number, size = 10): TextRun => ({
  text,
  bbox: [x0, top, x1, top + size],
  fontSize: size,
});
const h = (y: number, x0: number, x1: number): RuleSegment => ({ x0, x1, y0: y, y1: y, orient: 'h' });
const v = (x: number, y0: number, y1: number): RuleSegment => ({ x0: x, x1: x, y0, y1, orient: 'v' });
const page = (runs: TextRun[], rules: RuleSegment[], n = 1): PageContent => ({
  page: n,
  width: 600,
  height: 800,
  rotation: 0,
  runs,
  rules,
  fills: [],
});

// A 收支总表-like grid: a title and unit above; header "收入" spanning two columns; a wrapped label.
function ruledPage(n = 1, withTitle = true): PageContent {
  const xs = [50, 200, 300, 450, 550];
  const ys = [100, 120, 140, 175, 195];
  const rules = [...ys.map((y) => h(y, 50, 550)).filter((r) => r.y0 !== 120 || true), ...xs.map((x) => v(x, 100, 195))]
    // the header row has no rule between 项目 and 预算数 of each block
    .filter((r) => !(r.orient === 'v' && (r.x0 === 200 || r.x0 === 450)))
    .concat([v(200, 120, 195), v(450, 120, 195)]);
  const runs = [
    ...(withTitle ? [run('公开01表', 250, 40, 290), run('收支总表', 295, 40, 335), run('单位：万元', 480, 80, 530)] : []),
    run('收', 100, 105, 110),
    run('入', 140, 105, 150), // letter-spaced "收　入"
    run('支出', 360, 105, 380),
    run('项目', 60, 125, 80),
    run('预算数', 210, 125, 240),
    run('项目', 310, 125, 330),
    run('预算数', 460, 125, 490),
    run('一、一般公共预算拨款', 60, 143, 190),
    run('收入', 60, 158, 80),
    run('4,651.67', 210, 150, 250),
    run('一、一般公共服务支出', 310, 150, 440),
    run('4,651.67', 460, 150, 500),
    run('合计', 60, 180, 80),
    run('4,651.67', 210, 180, 250),
    run('合计', 310, 180, 330),
    run('4,651.67', 460, 180, 500),
  ];
  return page(runs, rules, n);
}

describe('ruled grid', () => {
  it('writes a spanning header once with colSpan, joins a wrapped CJK label, attaches title and unit', () => {
    const [t] = detectTables(ruledPage());
    expect(t.title).toBe('公开01表收支总表');
    expect(t.unit).toBe('万元');
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['收入', '', '支出', ''],
      ['项目', '预算数', '项目', '预算数'],
      ['一、一般公共预算拨款收入', '4,651.67', '一、一般公共服务支出', '4,651.67'],
      ['合计', '4,651.67', '合计', '4,651.67'],
    ]);
    expect(t.rows[0][0].colSpan).toBe(2);
    expect(t.rows[0][0].bbox).toEqual([50, 100, 200 + 100, 120]);
    expect(t.rows[2][1]).toMatchObject({ page: 1, bbox: [200, 140, 300, 175] });
  });

  it('merges the continuation on the next page and drops its repeated header', () => {
    const first = detectTables(ruledPage(1));
    const next = detectTables(ruledPage(2, false));
    const [merged] = mergeContinuedTables([...first, ...next]);
    expect(merged.pageEnd).toBe(2);
    expect(merged.rows).toHaveLength(6);
    expect(merged.rows[4][0]).toMatchObject({ text: '一、一般公共预算拨款收入', page: 2 });
  });

  it("keeps the header rows a continuation page repeats, with that page's boxes, out of the rows", () => {
    const [merged] = mergeContinuedTables([
      ...detectTables(ruledPage(1)),
      ...detectTables(ruledPage(2, false)),
      ...detectTables(ruledPage(3, false)),
    ]);
    expect(merged.pageEnd).toBe(3);
    expect(merged.rows).toHaveLength(8);
    expect(merged.repeatedHeaders?.map((h) => h.page)).toEqual([2, 3]);
    const [again] = merged.repeatedHeaders!;
    expect(again.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['收入', '', '支出', ''],
      ['项目', '预算数', '项目', '预算数'],
    ]);
    expect(again.rows[1][1]).toMatchObject({ page: 2, bbox: [200, 120, 300, 140] });
    // a table that does not continue has none
    expect(mergeContinuedTables(detectTables(ruledPage(1)))[0].repeatedHeaders).toBeUndefined();
  });
});

describe('text pieces', () => {
  it('splits a run pdf.js merged across cells, keeping ordinary phrases whole', () => {
    expect(splitRun(run('营业收入 1,234,567.89', 0, 0, 120)).map((w) => w.text)).toEqual(['营业收入', '1,234,567.89']);
    expect(splitRun(run('Grade 9', 0, 0, 40)).map((w) => w.text)).toEqual(['Grade 9']);
    const [a, b] = splitRun(run('2011 54,956', 0, 0, 60));
    expect(a.x1).toBeLessThan(b.x0);
  });

  it('reads units and empty-table notes as printed', () => {
    expect(unitOf('金额单位：元')).toBe('元');
    expect(unitOf('单位:万元')).toBe('万元');
    expect(unitOf('部门：某某局')).toBe('');
    expect(emptyNoteOf('注：本部门没有政府性基金预算拨款安排的支出，故本表无数据。')).not.toBe('');
    expect(emptyNoteOf('（此表为空表）')).not.toBe('');
    expect(emptyNoteOf('一般公共预算支出表')).toBe('');
  });
});

describe('settings', () => {
  it('fills defaults and rejects unknown names', () => {
    expect(resolveTableSettings({ snapTolerance: 1 }).snapTolerance).toBe(1);
    expect(resolveTableSettings().joinTolerance).toBeGreaterThan(0);
    expect(() => resolveTableSettings({ snapTolerence: 1 } as never)).toThrow(/Unrecognized table setting "snapTolerence"/);
  });
});
