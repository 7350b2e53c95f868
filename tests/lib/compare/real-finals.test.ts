// C2 and C3 read the three real final accounts of ../shared/corpus/real as printed: the carry-over
// lines of the 收支总表 / 财政拨款收支总表 (side by side, a 行次 column, fund columns or fund lines) and
// the 年初预算 stated per 项 in the narrative (no final here prints a 年初预算 column). The corpora hold
// no real consecutive finals and no budget with its own year's final (bench/ledger/README.md), so the
// other year is the same document moved on a year, or the real budget of the next year with the
// final's figures written into its cells — the final account itself is read unedited.
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../lib/compare';
import { carryLines, OPENING, CLOSING } from '../../../lib/compare/c2';
import { statedInitialBudgets } from '../../../lib/compare/c3-narrative';
import { threePublicBudget } from '../../../lib/compare/c3-three-public';
import { extractClaims } from '../../../lib/claims';
import { tableViews } from '../../../lib/tables';
import type { DisclosureDocument, Table } from '../../../lib/model/types';
import { hasShared } from '../../support/paths';
import { REAL, loadJoined } from './load';

const PUTUO = `${REAL}/putuo-govbudgetchecker`;
const final24 = () => loadJoined('putuo_caizhengju_2024_final.pdf', PUTUO);
const lines = (doc: DisclosureDocument, heading: RegExp) =>
  Object.fromEntries([...carryLines(doc, heading)].map(([k, c]) => [k, `${c.row.values[c.col]!.value} p${c.view.table.page} ${c.label}`]));

describe.skipIf(!hasShared)('C2 on real final layouts', () => {
  it('普陀 财政局 2024: 收支总表 side by side, 财政拨款收支总表 with fund columns (年末) and fund lines (年初)', async () => {
    const doc = await final24();
    expect(lines(doc, CLOSING)).toEqual({
      'summary:合计': '55.34 p6 年末结转和结余 · 决算数',
      'fiscal-summary:合计': '21.63 p12 年末财政拨款结转和结余 · 合计',
      'fiscal-summary:一般公共预算': '21.63 p12 年末财政拨款结转和结余 · 一般公共预算财政拨款',
    });
    expect(lines(doc, OPENING)).toEqual({
      'summary:合计': '49.14 p6 年初结转和结余 · 决算数',
      'fiscal-summary:合计': '21.63 p12 年初财政拨款结转和结余 · 决算数',
      'fiscal-summary:一般公共预算': '21.63 p12 年初财政拨款结转和结余 · 一般公共预算财政拨款 · 决算数',
    });
  }, 60_000);

  it('佛山 轨道交通局 2019: a 行次 column between the name and the amount; 社会工作部 2024 prints blanks (left out)', async () => {
    const fs = await loadJoined('fs_guidaojiaotong_2019_final.pdf', `${REAL}/cities-renwu`);
    expect(lines(fs, OPENING)['summary:合计']).toBe('0 p5 年初结转和结余 · 决算数');
    expect(lines(fs, CLOSING)['summary:合计']).toBe('0.01 p5 年末结转和结余 · 决算数');
    expect(Object.keys(lines(fs, CLOSING))).toEqual([
      'summary:合计',
      'fiscal-summary:合计',
      'fiscal-summary:一般公共预算',
      'fiscal-summary:政府性基金',
    ]);
    const blank = await loadJoined('putuo_shehuigongzuobu_2024_final.pdf', PUTUO);
    expect(carryLines(blank, OPENING).size + carryLines(blank, CLOSING).size).toBe(0);
  }, 60_000);

  it("a 2025 final opening with the 2024 final's closing passes line by line; 49.14 ≠ 55.34 fails", async () => {
    const doc = await final24();
    const next = (opening: string): DisclosureDocument => ({
      ...doc,
      info: { ...doc.info, year: 2025 },
      tables: doc.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r) =>
          r[0]?.text.replace(/\s/g, '') === '年初结转和结余' ? r.map((c, i) => (i === 1 ? { ...c, text: opening } : c)) : r,
        ),
      })),
    });
    const verdicts = (d: DisclosureDocument) =>
      compareDocuments(doc, d)
        .findings.filter((f) => f.rule === 'C2')
        .map((f) => `${f.status} ${f.values[0].value}=${f.values[1].value}`);
    expect(verdicts(next('55.34'))).toEqual(['pass 55.34=55.34', 'pass 21.63=21.63', 'pass 21.63=21.63']);
    expect(verdicts(next('49.14'))).toEqual(['fail 55.34=49.14', 'pass 21.63=21.63', 'pass 21.63=21.63']);
  }, 60_000);
});

/** The putuo 2025 budget as the 2024 budget, its 一般公共预算 合计 column set to `yuan` by line name. */
function budgetWith(budget: DisclosureDocument, yuan: Record<string, string>): DisclosureDocument {
  const edit = (t: Table): Table => ({
    ...t,
    rows: t.rows.map((r) => {
      const name = (r[3]?.text ?? r[0]?.text ?? '').replace(/\s/g, '') || r[0]?.text.replace(/\s/g, '');
      return name in yuan ? r.map((c, i) => (i === 4 ? { ...c, text: yuan[name] } : c)) : r;
    }),
  });
  return {
    ...budget,
    info: { ...budget.info, year: 2024 },
    tables: budget.tables.map((t) => (/一般公共预算支出功能分类/.test(t.title) ? edit(t) : t)),
  };
}

describe.skipIf(!hasShared)('C3 on a real final layout', () => {
  const STATED = {
    '2010601 行政运行': '1560.05',
    '2010602 一般行政管理事务': '10.00',
    '2010607 信息化建设': '135.90',
    '2010608 财政委托业务支出': '450.52',
    '2080501 行政单位离退休': '85.55',
    '2080505 机关事业单位基本养老保险缴费支出': '161.62',
    '2080506 机关事业单位职业年金缴费支出': '80.81',
    '2080599 其他行政事业单位养老支出': '0.94',
    '2101101 行政单位医疗': '62.29', // its 类/款/项 name ends the block before (a page break)
    '2210201 住房公积金': '187.75',
    '2210203 购房补贴': '258.50',
  };

  it('普陀 财政局 2024: every "年初预算为…" of the narrative, bound to the code of the 项 it names', async () => {
    const doc = await final24();
    const stated = statedInitialBudgets(
      doc,
      extractClaims(doc),
      tableViews(doc).filter((v) => v.role === 'gpb-expenditure'),
    );
    expect(Object.fromEntries(stated.map((s) => [s.line, s.q.amount.value.toFixed(2)]))).toEqual({ 合计: '2993.92', ...STATED });
  }, 60_000);

  it("the budget's lines equal to the stated 年初预算 pass (元 against 万元); one line off by 1 元 in 万元 precision passes, by 100 元 fails", async () => {
    const [doc, budget] = await Promise.all([
      final24(),
      loadJoined('putuo_caizhengju_2025_dept_budget.pdf', `${REAL}/putuo-tianbaoxitong`),
    ]);
    const yuan = Object.fromEntries(Object.entries(STATED).map(([line, v]) => [line.split(' ')[1], (Number(v) * 10_000).toFixed(2)]));
    const c3 = (b: DisclosureDocument) =>
      compareDocuments(b, doc)
        .findings.filter((f) => f.rule === 'C3')
        .map((f) => `${f.status} ${f.message.split('：')[0]}`)
        .sort();
    const same = c3(budgetWith(budget, { ...yuan, 合计: '29,939,200.00' }));
    // 12 lines of the narrative, and the “三公” 预算数 columns (合计, 公务接待费 0.95, both tables unedited).
    expect(same).toHaveLength(14);
    expect(same).toContain('pass “三公”经费 公务接待费');
    expect(same.every((v) => v.startsWith('pass'))).toBe(true);
    expect(
      c3(budgetWith(budget, { ...yuan, 合计: '29,939,200.00', 住房公积金: '1,877,501.00' })).filter((v) => !v.startsWith('pass')),
    ).toEqual([]);
    expect(
      c3(budgetWith(budget, { ...yuan, 合计: '29,939,200.00', 住房公积金: '1,877,600.00' })).filter((v) => !v.startsWith('pass')),
    ).toEqual(['fail 2210201 住房公积金']);
  }, 60_000);
});

describe.skipIf(!hasShared)('C3 “三公”: the 预算数 columns of a final, the budget columns of a budget', () => {
  const read = async (file: string, dir: string, final: boolean) =>
    Object.fromEntries(
      [...threePublicBudget(await loadJoined(file, dir), final)].map(([k, c]) => [k, c.row.values[c.col]!.value.toString()]),
    );

  it('finals: 普陀 财政局 2024 (预算数 | 决算数 under each item), 佛山 2019 (预算数 group first, a 栏次 row 1…12 skipped)', async () => {
    expect(await read('putuo_caizhengju_2024_final.pdf', PUTUO, true)).toEqual({ 合计: '0.95', 公务接待费: '0.95' });
    expect(await read('fs_guidaojiaotong_2019_final.pdf', `${REAL}/cities-renwu`, true)).toEqual({
      合计: '0',
      '因公出国（境）费': '0',
      公务用车购置及运行费: '0',
      公务用车购置费: '0',
      公务用车运行费: '0',
      公务接待费: '0',
    });
  }, 60_000);

  it('budgets: the 三公 小计, not the 合计 that adds 会议费 and 培训费 (江苏 检察院 2018); 运行维护费 is 运行费', async () => {
    expect(await read('js_jianchayuan_2018_budget.pdf', `${REAL}/jiangsu-open-budget`, false)).toEqual({
      合计: '484.3',
      '因公出国（境）费': '100',
      公务用车购置及运行费: '267.8',
      公务用车运行费: '267.8',
      公务接待费: '116.5',
    });
  }, 60_000);

  it('budgets: items as lines (广州 信访局, 合计 column), and of "2025年预算数 | 2026年预算数" the own year (烟台 审计局 2026)', async () => {
    expect(await read('gz_xinfangju_2026_budget.pdf', `${REAL}/cities-renwu`, false)).toEqual({
      合计: '4.8',
      '因公出国（境）费': '0',
      公务用车购置及运行费: '2.5',
      公务用车购置费: '0',
      公务用车运行费: '2.5',
      公务接待费: '2.3',
    });
    expect(await read('yt_shenjiju_2026_budget.pdf', `${REAL}/cities-renwu`, false)).toEqual({ 合计: '3.4', 公务接待费: '3.4' });
  }, 60_000);
});
