// Table detection on real documents: a known ICDAR cell, the NICS totals row, a corpus 收支总表
// whose 合计 equals its items. Documents are read from ../shared, never copied.
import { describe, it, expect, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { loadPages } from './table-loader';
import { detectTables, detectPageTables, mergeContinuedTables, type TableDebug } from '../../../lib/layout/table';
import { renderTableDebugSvg } from '../../../lib/layout/debug';
import type { PageContent } from '../../../lib/pdf/types';
import type { Table } from '../../../lib/model/types';

const shared = resolve(__dirname, '../../../../shared');
const icdar = (doc: string) => resolve(shared, 'bench/tables/icdar2013', `${doc}.pdf`);
const corpus = (path: string) => resolve(shared, 'corpus/real', path);

const texts = (t: Table) => t.rows.map((r) => r.map((c) => c.text));
/** Printed amount → hundredths as an integer ("4,651.67" → 465167; blank → 0). */
const cents = (s: string): number => {
  const t = s.replace(/[,\s]/g, '');
  if (!t || t === '-') return 0;
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new Error(`not an amount: "${s}"`);
  return Math.round(Number(t) * 100);
};

/** On failure, a debug rendering of the page is written and its path printed (house rule 6). */
function withDebug(page: PageContent, name: string, check: () => void): void {
  try {
    check();
  } catch (err) {
    const dir = resolve(__dirname, '../../../bench/out/debug');
    mkdirSync(dir, { recursive: true });
    const debug: TableDebug = { grids: [] };
    const tables = detectTables(page, {}, debug);
    const file = resolve(dir, `${name}-p${page.page}.svg`);
    // Grids are drawn on the page they were found on (turned upright if it was sideways).
    writeFileSync(file, renderTableDebugSvg(debug.page ?? page, { grids: debug.grids, tables: debug.page === page ? tables : [] }));
    console.error(`table debug rendering: ${file}`);
    throw err;
  }
}

describe('ICDAR 2013 us-017 (unruled, several tables per page)', () => {
  let pages: PageContent[];
  beforeAll(async () => {
    pages = await loadPages(icdar('us-017'));
  });

  it('finds the enrolment table on page 2 with the 2011 row in its printed columns', () => {
    withDebug(pages[1], 'us-017', () => {
      const tables = detectTables(pages[1]);
      const table = tables.find((t) => texts(t).some((r) => r[0] === '2011'));
      expect(table).toBeDefined();
      const row = texts(table!).find((r) => r[0] === '2011')!;
      expect(row.filter(Boolean)).toEqual(['2011', '54,956', '38,909', '16,047', '49,636', '34,849', '14,787', '5,320', '4,060', '1,260']);
      expect(table!.title).toMatch(/^Table 1\./);
    });
  });

  it('does not turn the running header/footer of a page into a table', () => {
    for (const p of pages) for (const t of detectTables(p)) expect(t.rows.length).toBeGreaterThan(2);
  });
});

describe('pdfplumber NICS background checks (ruled only every fifth row)', () => {
  let page: PageContent;
  beforeAll(async () => {
    page = (await loadPages(resolve(shared, 'bench/tables/pdfplumber/nics-background-checks-2015-11.pdf')))[0];
  });

  it('has one row per state and the state rows add up to the Totals row in every column', () => {
    withDebug(page, 'nics', () => {
      const [table] = detectTables(page);
      const rows = texts(table);
      const first = rows.findIndex((r) => r[0] === 'Alabama');
      const totals = rows.findIndex((r) => r[0] === 'Totals');
      expect(first).toBeGreaterThan(0);
      const states = rows.slice(first, totals);
      expect(states).toHaveLength(55);
      expect(states.at(-1)![0]).toBe('Wyoming');
      let checked = 0;
      for (let c = 1; c < rows[totals].length; c++) {
        if (!rows[totals][c]) continue;
        const sum = states.reduce((acc, r) => acc + cents(r[c]), 0);
        expect(sum, `column ${c}`).toBe(cents(rows[totals][c]));
        checked++;
      }
      expect(checked).toBe(24);
    });
  });
});

describe('pdfplumber NICS, rotated copy (page /Rotate 90: the table reads sideways)', () => {
  it('turns the page upright and finds the same Totals row, with boxes on the page as displayed', async () => {
    const page = (await loadPages(resolve(shared, 'bench/tables/pdfplumber/nics-background-checks-2015-11-rotated.pdf')))[0];
    withDebug(page, 'nics-rotated', () => {
      const [table] = detectTables(page);
      const totals = table.rows.find((r) => r[0].text === 'Totals')!;
      expect(totals.map((c) => c.text).slice(1, 4)).toEqual(['804,006', '671,330', '636,903']);
      expect(totals.at(-1)!.text).toBe('2,236,457');
      const [x0, y0, x1, y1] = table.bbox!;
      expect(x1).toBeLessThanOrEqual(page.width + 1);
      expect(y1).toBeLessThanOrEqual(page.height + 1);
      expect(y1 - y0).toBeGreaterThan(x1 - x0); // sideways: taller than wide as displayed
    });
  });
});

describe('camelot anticlockwise_table_1 (a ruled table printed sideways on an upright page)', () => {
  it('reads the table upright, with its spanning header', async () => {
    const [page] = await loadPages(resolve(shared, 'bench/tables/camelot/anticlockwise_table_1.pdf'));
    withDebug(page, 'anticlockwise_table_1', () => {
      const [t] = detectTables(page);
      expect(texts(t)[0][0]).toBe('State');
      expect(t.rows[0][1]).toMatchObject({ text: 'Nutritional Assessment (No. of individuals)', colSpan: 4 });
      expect(texts(t)[2]).toEqual(['Kerala', '5738', '6633', '8864', '8297', '245', '2161', '3195', '1645', '2391']);
    });
  });
});

describe('苏州市审计局 2026 部门预算 (ruled 收支总表, two blocks side by side)', () => {
  let pages: PageContent[];
  beforeAll(async () => {
    pages = await loadPages(corpus('cities-renwu/sz_shenjiju_2026_budget.pdf'));
  });

  it('keeps 收入 and 支出 in one four-column table with title and unit', () => {
    const [t] = detectTables(pages[8]);
    expect(t.title).toBe('公开 01 表 收支总表');
    expect(t.unit).toBe('万元');
    expect(texts(t)[1]).toEqual(['项目', '预算数', '项目', '预算数']);
    expect(t.rows[0][0].colSpan).toBe(2);
  });

  it('its 本年收入合计 and 本年支出合计 equal the sums of the items above them', () => {
    withDebug(pages[8], 'sz_shenjiju', () => {
      const rows = texts(detectTables(pages[8])[0]);
      const total = rows.findIndex((r) => r[0] === '本年收入合计');
      expect(rows[total][2]).toBe('本年支出合计');
      const items = rows.slice(2, total);
      for (const c of [1, 3]) {
        expect(items.reduce((a, r) => a + cents(r[c]), 0)).toBe(cents(rows[total][c]));
      }
      expect(cents(rows[total][3])).toBe(465167);
    });
  });
});

describe('empty-table notes and continued tables', () => {
  it('attaches 空表 notes and merges a table running over two pages', async () => {
    const pages = await loadPages(corpus('cities-renwu/hz_sifaju_2026_budget.pdf'));
    const tables = mergeContinuedTables(pages.flatMap((p) => detectTables(p)));
    const first = tables.find((t) => t.title.includes('收支预算总表') && t.title.startsWith('表1'));
    expect(first?.page).toBe(23);
    expect(first?.pageEnd).toBe(24);
    const fund = tables.find((t) => t.title.includes('政府性基金预算支出预算表'));
    expect(fund?.emptyNote).toMatch(/本表无数据/);
  });
});

describe('北京市司法局 2026 预算报表 (WPS 表格 export: title ruled inside the frame, 收支总表 over two pages)', () => {
  it('takes the framed title and unit out of the rows and joins page 2, whose 支出 items add up to 本年支出合计', async () => {
    const pages = await loadPages(corpus('cities-renwu/bj_sifaju_2026_budget_tables.pdf'));
    const [t] = mergeContinuedTables([...detectTables(pages[0]), ...detectTables(pages[1])]);
    expect(t).toMatchObject({ title: '预算01表收支总表', unit: '万元', page: 1, pageEnd: 2 });
    const rows = texts(t);
    expect(rows[0]).toEqual(['收入', '', '支出', '']);
    const micro = (s: string) => (s ? Math.round(Number(s.replace(/,/g, '')) * 1e6) : 0);
    const total = rows.findIndex((r) => r[2] === '本年支出合计');
    const items = rows.slice(2, total).filter((r) => /^[一二三四五六七八九十]+、/.test(r[2]));
    expect(items.length).toBeGreaterThan(20); // the 类 rows continue on page 2
    expect(items.reduce((a, r) => a + micro(r[3]), 0)).toBe(micro(rows[total][3]));
  });
});

describe('江苏省人大常委会办公厅 2017 (a title printed at the foot of a page, its table on the next)', () => {
  it('gives the page-opening table the title announced on the previous page instead of merging it', async () => {
    const pages = await loadPages(corpus('jiangsu-open-budget/js_rendaban_2017_budget.pdf'));
    const [p12, p13] = [detectPageTables(pages[11]), detectPageTables(pages[12])];
    expect(p12.trailingTitle?.title).toBe('财政拨款基本支出预算表');
    expect(p13.tables[0].title).toBe('');
    const merged = mergeContinuedTables([...p12.tables, ...p13.tables], new Map([[12, p12.trailingTitle!]]));
    const basic = merged.find((t) => t.page === 13)!;
    expect(basic).toMatchObject({ title: '财政拨款基本支出预算表', unit: '万元' });
    expect(texts(basic)[0]).toEqual(['科目编码', '科目名称', '金额']);
  });
});

describe('camelot stream_inner_outer_columns (unruled, text only: no numeric row to find the header by)', () => {
  it('keeps one row per printed line', async () => {
    const [page] = await loadPages(resolve(shared, 'bench/tables/camelot/stream_inner_outer_columns.pdf'));
    const [t] = detectTables(page);
    expect(t.rows).toHaveLength(5);
    expect(texts(t)[0].join(' ')).toMatch(/^Outer 1.*Long 3$/);
    expect(texts(t).at(-1)!.filter(Boolean)).toEqual(['C4', 'D4', 'F4']);
  });
});

describe('佛山市轨道交通局 2019 决算 表4 (ruled, over pages 12–14; a centred 合计 over right-aligned figures)', () => {
  it('keeps the 合计 column whole on page 12, so the three pages join and the 类 rows add up to 本年支出合计', async () => {
    const pages = await loadPages(corpus('cities-renwu/fs_guidaojiaotong_2019_final.pdf'));
    const [p12] = detectTables(pages[11]);
    withDebug(pages[11], 'fs-2019-final', () => {
      expect(texts(p12)[1].slice(5)).toEqual(['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款']);
      expect(
        texts(p12)
          .find((r) => r[3] === '八、社会保障和就业支出')!
          .slice(5),
      ).toEqual(['76.23', '76.23', '0.00']);
    });
    const [t] = mergeContinuedTables(pages.slice(11, 14).flatMap((p) => detectTables(p)));
    expect(t).toMatchObject({ page: 12, pageEnd: 14 });
    const rows = texts(t);
    const total = rows.findIndex((r) => r[3] === '本年支出合计');
    const items = rows.slice(0, total).filter((r) => /^[一二三四五六七八九十]+、.*支出$/.test(r[3]));
    expect(items).toHaveLength(22); // 一、一般公共服务支出 … 二十二、其他支出, over pages 12 and 13
    for (const col of [5, 6]) expect(items.reduce((a, r) => a + cents(r[col]), 0)).toBe(cents(rows[total][col]));
  });
});
