// Real layouts the cell reader must take (issue 16), each from a real page of ../shared/corpus/wide:
// letter-spaced digits whose last glyph bled into the next column, and amounts wrapped in a narrow cell.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import { documentFromPdf } from '../../../lib/engine';
import { buildView, cellAmount, rejoinBled, viewsByRole } from '../../../lib/tables';
import { splitUnitBlocks } from '../../../lib/tables/unit-blocks';
import { detectTables, mergeContinuedTables } from '../../../lib/layout/table';
import { loadPages } from '../layout/table-loader';
import { SHARED, hasShared } from '../../support/paths';

const WIDE = join(SHARED, 'corpus/wide');
const wide = (prefix: string) =>
  join(
    WIDE,
    readdirSync(WIDE).find((f) => f.startsWith(prefix))!,
  );

async function incomeTotals(file: string): Promise<(string | null)[]> {
  const { pdfjs, assets } = await loadPdfjsForNode();
  const doc = await documentFromPdf(pdfjs, new Uint8Array(readFileSync(file)), assets, { format: 'pdf', path: file });
  const view = viewsByRole(doc, 'income')[0];
  const total = view.rows.find((r) => r.values.some(Boolean))!;
  return total.values.map((v) => (v ? v.value.toFixed(2) : null)).filter((v) => v !== null);
}

describe('letter-spaced digits bled into the next column', () => {
  it('moves the bled glyph back (重庆市商务委员会 2026, 表二 p. 9, 合计 row)', () => {
    // As read from the page: pdftotext shows "174,900 / .64101,833 / .8441,534 / .73" for these cells.
    const row = [
      '1 7 4 , 9 0 0 . 6',
      '41 0 1 , 8 3 3 . 8',
      '44 1 , 5 3 4 . 7 3',
      '',
      '2 2 , 0 7 0 . 8',
      '22 , 4 6 1 . 2 5',
      '',
      '',
      '6 , 2 8 2 . 9 8',
      '7 1 7 . 0 1',
    ];
    expect(rejoinBled(row).map((t) => (t ? (cellAmount(t)?.value.toFixed(2) ?? 'unread') : ''))).toEqual([
      '174900.64',
      '101833.84',
      '41534.73',
      '',
      '22070.82',
      '2461.25',
      '',
      '',
      '6282.98',
      '717.01',
    ]);
    // A short cell with no glued glyph next to it stays unread rather than guessed.
    expect(rejoinBled(['1 7 4 , 9 0 0 . 6', '1 0 1 , 8 3 3 . 8 4']).map((t) => cellAmount(t!))).toEqual([null, expect.anything()]);
  });

  it.skipIf(!hasShared)(
    'reads the whole 表二 of 重庆市商务委员会 2026',
    async () => {
      expect(await incomeTotals(wide('w35_'))).toEqual(['174900.64', '101833.84', '41534.73', '22070.82', '2461.25', '6282.98', '717.01']);
    },
    60_000,
  );
});

describe('amounts wrapped in a narrow cell', () => {
  it('joins a decimal tail printed on the next line, and nothing else', () => {
    expect(cellAmount('143,999.0 0')?.value.toFixed(2)).toBe('143999.00');
    expect(cellAmount('370,219.2 5')?.value.toFixed(2)).toBe('370219.25');
    expect(cellAmount('174,900 .64')?.value.toFixed(2)).toBe('174900.64');
    expect(cellAmount('1,234 56')).toBeNull(); // not one amount
    expect(cellAmount('2026 1.5')).toBeNull();
  });

  it.skipIf(!hasShared)(
    'reads 公开02表 收入总表 of 无锡市交通运输局 2026 (p. 15: "143,999.0 0", "32,640.0 0")',
    async () => {
      expect((await incomeTotals(wide('w50_'))).slice(0, 6)).toEqual([
        '984760.87',
        '984760.87',
        '196278.67',
        '143999.00',
        '32640.00',
        '611843.20',
      ]);
    },
    60_000,
  );
});

describe('a consolidated (汇总) table headed by the department line', () => {
  it.skipIf(!hasShared)(
    'keeps the department view over the unit blocks (深圳市人力资源和社会保障局 2026, 表3 支出总表 pp. 65–70)',
    async () => {
      const pages = (await loadPages(wide('w23_'))).slice(64, 70);
      const [table] = mergeContinuedTables(pages.flatMap((p) => detectTables(p)));
      const views = splitUnitBlocks(buildView(table));
      expect(views.map((v) => v.unitBlock)).toEqual([
        undefined,
        '深圳市人力资源和社会保障局（本级）',
        '深圳市人力资源和社会保障数据管理中心',
      ]);
      const [dept] = views;
      expect(dept.role).toBe('expenditure');
      expect(dept.rows.map((r) => [r.name, r.total, r.values.find(Boolean)?.value.toFixed(2)])).toEqual([
        ['深圳市人力资源和社会保障局', true, '571347.93'],
        ['深圳市人力资源和社会保障局（本级）', false, '156491.01'],
        ['深圳市人力资源和社会保障数据管理中心', false, expect.any(String)],
      ]);
      expect(views[1].rows[0]).toMatchObject({ name: '深圳市人力资源和社会保障局（本级）', total: true });
    },
    60_000,
  );
});

describe('a 序号 column before the code column', () => {
  it.skipIf(!hasShared)(
    'reads the 类/款/项 codes without the row numbers (西安市国资委 2022, 表5 p. 28: "13 | 215 | 资源勘探…")',
    async () => {
      const pages = (await loadPages(wide('w61_'))).slice(27, 28);
      const view = buildView(detectTables(pages[0])[0]);
      expect(view.codeKind).toBe('function');
      expect(view.rows.slice(0, 4).map((r) => [r.code, r.level, r.name])).toEqual([
        [undefined, undefined, '合计'],
        ['208', 1, '社会保障和就业支出'],
        ['20805', 2, '行政事业单位养老支出'],
        ['2080501', 3, '行政单位离退休'],
      ]);
      expect(view.rows.filter((r) => r.code).map((r) => r.code!.length)).toEqual([
        3, 5, 7, 7, 7, 5, 7, 3, 5, 7, 7, 3, 5, 7, 7, 3, 5, 7, 5, 7, 7,
      ]);
    },
    60_000,
  );
});
