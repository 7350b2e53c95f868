// C1 on every "比上年" statement of the Jiangsu 2018 and 2019 budgets; C2/C3 and applicability.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Comparison } from '../../../lib/compare';
import type { DisclosureDocument, Table } from '../../../lib/model/types';
import { REAL, SERIES, loadJoined } from './load';

const PAIRS = Object.keys(SERIES).flatMap(
  (dept) =>
    [
      [dept, 2017, 2018],
      [dept, 2018, 2019],
    ] as [string, number, number][],
);
const results = new Map<string, Comparison>();

beforeAll(async () => {
  for (const [dept, a, b] of PAIRS) {
    const [prior, current] = await Promise.all([loadJoined(SERIES[dept][a]), loadJoined(SERIES[dept][b])]);
    results.set(`${dept}:${b}`, compareDocuments(prior, current));
  }
}, 120_000);

describe("C1: stated changes against last year's document", () => {
  it("checks every statement; the fails are the documents' own inconsistencies", () => {
    const total = { claims: 0, computable: 0, pass: 0, fail: 0 };
    const fails: string[] = [];
    for (const [key, r] of results) {
      for (const k of ['claims', 'computable', 'pass', 'fail'] as const)
        total[k] += r.summary.c1[k] + (k === 'pass' ? r.summary.c1.rounding : 0);
      for (const f of r.findings.filter((x) => x.rule === 'C1' && x.status === 'fail')) fails.push(`${key} ${f.expected} vs ${f.actual}`);
    }
    expect(total.claims).toBe(161); // 134 with an amount or a rate, 27 持平 / 与上年一致
    expect(total.computable).toBeGreaterThanOrEqual(157);
    // Verified by hand with pdftotext -layout: 2018 prints Δ 3958.98 in three places but 3959.28
    // (the right one) in another; 2017's narrative says 基本支出 12323.46 where its tables print 12323.48.
    expect(fails.sort()).toEqual([
      'jianchayuan:2018 12323.46 万元 vs 12323.48 万元',
      'jianchayuan:2018 17981.98 万元 vs 17981.68 万元',
      'jianchayuan:2018 17981.98 万元 vs 17981.68 万元',
      'jianchayuan:2018 17981.98 万元 vs 17981.68 万元',
    ]);
  });

  it("finds last year's figure in a table line or the narrative, with page and box", () => {
    const r = results.get('rendaban:2019')!;
    const byTable = r.findings.find((f) => f.rule === 'C1' && f.message.startsWith('人大事务（款）行政运行'))!;
    expect(byTable.status).toBe('pass');
    expect(byTable.values.at(-1)!.label).toMatch(/^2018年预算 js_rendaban_2018_budget\.pdf 第11页：2010101 行政运行/);
    expect(byTable.values.at(-1)!.bbox).toHaveLength(4);
    const byText = r.findings.find((f) => f.rule === 'C1' && /机关运行经费/.test(f.message))!;
    expect(byText.status).toBe('pass');
    expect(byText.values.at(-1)).toMatchObject({ value: '1579.38', unit: '万元' });
  });

  it('turns a wrong Δ into a fail (mutation of a real statement)', async () => {
    const current = await loadJoined(SERIES.rendaban[2018]);
    const prior = await loadJoined(SERIES.rendaban[2017]);
    const blocks = current.blocks.map((b) => ({ ...b, text: b.text.replace('增加 2177.95', '增加 2177.59') }));
    expect(blocks.some((b) => b.text.includes('2177.59'))).toBe(true);
    const r = compareDocuments(prior, { ...current, blocks });
    expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.expected)).toEqual(['10528.69 万元']);
  });
});

/** A copy of a real document with one cell's text replaced and the year moved. */
function edited(doc: DisclosureDocument, year: number, edit: (t: Table) => Table): DisclosureDocument {
  return { ...doc, info: { ...doc.info, year }, tables: doc.tables.map(edit) };
}

function setCell(t: Table, rowText: string, col: number, text: string): Table {
  return {
    ...t,
    rows: t.rows.map((row) =>
      row.some((c) => c.text.replace(/\s/g, '') === rowText) ? row.map((c, i) => (i === col ? { ...c, text } : c)) : row,
    ),
  };
}

describe('C2, C3 and what applies', () => {
  it("C2: next year's 年初结转和结余 must equal this year's 年末结转和结余 (putuo 2024 final)", async () => {
    const final24 = await loadJoined('putuo_caizhengju_2024_final.pdf', `${REAL}/putuo-govbudgetchecker`);
    const same = compareDocuments(
      final24,
      edited(final24, 2025, (t) => t),
    );
    const c2 = same.findings.filter((f) => f.rule === 'C2');
    expect(c2.length).toBeGreaterThanOrEqual(1);
    // Unchanged copy: its opening (49.14) is not the closing (55.34) — a fail.
    expect(c2.find((f) => f.values[1].value === '49.14')?.status).toBe('fail');
    const carried = edited(final24, 2025, (t) => setCell(t, '年初结转和结余', 1, '55.34'));
    const ok = compareDocuments(final24, carried).findings.filter((f) => f.rule === 'C2');
    expect(ok.every((f) => f.status === 'pass')).toBe(true);
  });

  it("C3: a final account's 年初预算 column against the same year's budget (putuo 2025 budget)", async () => {
    const budget = await loadJoined('putuo_caizhengju_2025_dept_budget.pdf', `${REAL}/putuo-tianbaoxitong`);
    // The budget's own B05 relabelled as a final account's F5 年初预算 column, one line altered.
    const final = {
      ...budget,
      info: { ...budget.info, kind: 'dept-final' as const },
      tables: budget.tables.map((t) =>
        /一般公共预算支出功能分类/.test(t.title)
          ? setCell(
              { ...t, rows: t.rows.map((r, i) => (i < 3 ? r.map((c) => ({ ...c, text: c.text.replace(/^合计$/, '年初预算数') })) : r)) },
              '住房公积金',
              4,
              '2049198',
            )
          : t,
      ),
    };
    const r = compareDocuments(budget, final);
    expect(r.summary.applies.find((a) => a.rule === 'C3')!.applies).toBe(true);
    const c3 = r.findings.filter((f) => f.rule === 'C3');
    expect(c3.length).toBeGreaterThanOrEqual(10);
    expect(c3.filter((f) => f.status === 'fail').map((f) => f.values[0].label)).toEqual([expect.stringMatching(/2210201 住房公积金/)]);
  });

  it('putuo 2024 final vs 2025 budget: no C-check applies, lines still align across 万元 and 元', async () => {
    const final24 = await loadJoined('putuo_caizhengju_2024_final.pdf', `${REAL}/putuo-govbudgetchecker`);
    const budget25 = await loadJoined('putuo_caizhengju_2025_dept_budget.pdf', `${REAL}/putuo-tianbaoxitong`);
    const r = compareDocuments(final24, budget25);
    expect(r.summary.applies.map((a) => a.applies)).toEqual([false, false, false]);
    expect(r.findings).toEqual([]);
    const housing = r.items.find((i) => i.key === 'gpb-expenditure:2210201')!;
    expect(housing).toMatchObject({ unit: '元', match: 'code', current: '2049197' });
    expect(housing.priorValue!.unit).toBe('万元');
    expect(Number(housing.prior)).toBe(Number(housing.priorValue!.value) * 10_000);
  });
});
