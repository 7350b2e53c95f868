// C1 on statements that name their own base, say 持平, or name an expense category (三公, 会议费).
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Comparison } from '../../../lib/compare';
import { REAL, SERIES, loadJoined } from './load';

let rendaban: Comparison;
beforeAll(async () => {
  rendaban = compareDocuments(await loadJoined(SERIES.rendaban[2017]), await loadJoined(SERIES.rendaban[2018]));
}, 60_000);

describe('C1 statement kinds', () => {
  it("a stated 执行数 base is never recomputed against last year's budget (putuo 司法局 2026)", async () => {
    // The 2026 budget's 编制说明 states "2025年当年预算执行数为X，2026年预算安排Y，比2025年预算执行数增加p%" for
    // every 项; last year's document given here is a 2025 budget, which prints no execution figure.
    const prior = await loadJoined('putuo_caizhengju_2025_dept_budget.pdf', `${REAL}/putuo-tianbaoxitong`);
    const current = await loadJoined('putuo_sifaju_2026_dept_budget.pdf', `${REAL}/putuo-govbudgetchecker`);
    const r = compareDocuments(prior, current);
    const own = r.findings.filter((f) => f.rule === 'C1' && /比2025年预算执行数/.test(f.evidence[0].text));
    expect(own.length).toBeGreaterThanOrEqual(13);
    expect(own.every((f) => f.status === 'unverifiable')).toBe(true);
    expect(own.filter((f) => /自述上年基数为执行数/.test(f.message))).toHaveLength(13); // every 项 of its 编制说明
    expect(own.find((f) => /其他司法支出/.test(f.message))!.message).toContain('43269.3万元');
  });

  it("持平 statements are checked against last year's figure", () => {
    const flat = rendaban.findings.filter((f) => f.rule === 'C1' && /持平/.test(f.message));
    expect(flat).toHaveLength(11);
    expect(flat.every((f) => f.status === 'pass')).toBe(true);
  });

  it('"与上年预算数一致" is checked like 持平 (省委办公厅 2017 → 2018)', async () => {
    const r = compareDocuments(await loadJoined(SERIES.shengweiban[2017]), await loadJoined(SERIES.shengweiban[2018]));
    const same = r.findings.filter((f) => f.rule === 'C1' && /与上年预算数一致/.test(f.evidence[0].text));
    expect(same.length).toBeGreaterThanOrEqual(3);
    const abroad = same.find((f) => /^因公出国（境）费预算支出/.test(f.message))!;
    expect(abroad).toMatchObject({ status: 'pass', expected: '70 万元' });
  });

  it("a 三公 sub-item is matched to last year's 三公 statement, not the economic item of the same name", () => {
    const car = rendaban.findings.find((f) => f.rule === 'C1' && /^公务用车运行维护费/.test(f.message))!;
    expect(car.values.at(-1)!.label).toMatch(/第28页：公务用车运行维护费预算支出$/);
    expect(car.values.at(-1)!.label).not.toMatch(/30231/);
  });

  it('a zero base with a stated rate is a warn, worded once', async () => {
    const prior = await loadJoined(SERIES.rendaban[2017]);
    const current = await loadJoined(SERIES.rendaban[2018]);
    // The 2017 narrative's 公务接待费 set to 0 and 2018's change stated as a rate only.
    const zeroPrior = {
      ...prior,
      blocks: prior.blocks.map((b) => ({ ...b, text: b.text.replace(/公务接待费支出\s*427\.5\s*万元/, '公务接待费支出 0 万元') })),
    };
    const rate = {
      ...current,
      blocks: current.blocks.map((b) => ({
        ...b,
        text: b.text.replace(/(公务接待费预算支出\s*427\.5\s*万元)，与上年度持平/, '$1，比上年增加100%'),
      })),
    };
    expect(zeroPrior.blocks.some((b) => /公务接待费支出 0 万元/.test(b.text))).toBe(true);
    expect(rate.blocks.some((b) => /比上年增加100%/.test(b.text))).toBe(true);
    const f = compareDocuments(zeroPrior, rate).findings.find((x) => x.rule === 'C1' && /^公务接待费/.test(x.message))!;
    expect(f.status).toBe('warn');
    expect(f.message).toBe('公务接待费预算支出：上年为 0，所述变动率 100% 没有基数；从无到有宜表述为“新增”');
  });
});
