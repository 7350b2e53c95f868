// Findings in the UI language: both languages' reports of one model list the same findings with
// the same counts; the texts the engine once wrote in English only are worded in Chinese for zh.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../lib/html';
import { checkDocument } from '../../../lib/engine';
import { compareDocuments, docLabel } from '../../../lib/compare';
import type { DisclosureDocument } from '../../../lib/model/types';
import type { CheckReport } from '../../../lib/report';
import { assertSameCounts, assertSameFindings, checkInBothLanguages, reportFor } from '../../../lib/extension/finding-lang';
import { Decimal, compareEqual, comparePercent, compareSum, type Operand, type Words } from '../../../lib/amount';
import { forCurrentDocument } from '../../../lib/extension/yoy';
import { REPO } from '../../support/paths';
import { loadJoined } from '../compare/load';

const CJK = /[\u3400-\u9fff]/;

describe('both languages of the sample page', () => {
  const html = readFileSync(resolve(REPO, 'assets/samples/sample-budget.html'), 'utf8');
  const doc = documentFromHtml(parseHTML(html).document, { format: 'html', path: 'sample-budget.html' });
  // One model, both languages, as the extension runs them (the model is not read again).
  const { reports, ms } = checkInBothLanguages((lang) => checkDocument(doc, { lang }));

  it('the same findings and counts, worded differently', () => {
    expect(reports.en.summary).toEqual(reports.zh.summary);
    expect(reports.en.findings.map((f) => [f.id, f.status])).toEqual(reports.zh.findings.map((f) => [f.id, f.status]));
    expect(reports.zh.summary.fail).toBeGreaterThan(0);
    const fail = (r: CheckReport) => r.findings.find((f) => f.status === 'fail')!;
    expect(fail(reports.zh).message).not.toBe(fail(reports.en).message);
    // A pass of a sum: the English words around the quoted Chinese label.
    const byId = (r: CheckReport, id: string) => r.findings.find((f) => f.id === id)!.message;
    expect(byId(reports.en, 'N2:1')).toMatch(/^支出预算: the 4 parts add up to 3734\.20, equal to the stated 3734\.20万元$/);
    expect(byId(reports.zh, 'N2:1')).not.toMatch(/[a-z]{3,}/);
    expect(byId(reports.en, 'K1:1')).toMatch(/^Standard tables not found: /);
    expect(byId(reports.zh, 'K1:1')).toMatch(CJK);
    // The second language is the rule step only (its speed is measured by npm run bench, not here:
    // a wall-clock limit would fail on a busy machine).
    expect(ms.en).toBeGreaterThan(0);
  });

  it('each language equals a run on a fresh copy of the model (the CLI runs one language per model)', () => {
    // Rules that share findings per document key them by language too (lib/rules/doc-cache.ts).
    for (const lang of ['zh', 'en'] as const) {
      expect(JSON.stringify(reports[lang])).toBe(JSON.stringify(checkDocument(structuredClone(doc), { lang })));
    }
  });

  it('a different status or count between languages is refused', () => {
    const other = structuredClone(reports.en);
    other.findings[0] = { ...other.findings[0], status: other.findings[0].status === 'pass' ? 'fail' : 'pass' };
    expect(() => assertSameFindings(reports.zh.findings, other.findings)).toThrow(/differ between languages/);
    expect(() =>
      assertSameCounts(reports.zh, { ...reports.en, summary: { ...reports.en.summary, pass: reports.en.summary.pass + 1 } }),
    ).toThrow(/counts differ/);
    expect(() => assertSameFindings(reports.zh.findings, reports.en.findings.slice(1))).toThrow(/differ/);
  });

  it("the engine words tolerances in the run's language", () => {
    const tolerances = (lang: 'zh' | 'en') => reports[lang].findings.map((f) => f.tolerance).filter((t): t is string => !!t);
    expect(tolerances('zh').length).toBeGreaterThan(0);
    for (const t of tolerances('zh')) expect(t, t).not.toMatch(/[a-z]{3,}/);
    expect(tolerances('en').some((t) => /rounding interval/.test(t))).toBe(true);
  });
});

describe('tolerance texts are worded at their source, in both languages', () => {
  const op = (v: string, decimals = 2): Operand => ({ value: new Decimal(v), decimals });
  const cases: [string, Words, RegExp, RegExp][] = [
    [
      'interval sum',
      compareSum([op('1.00'), op('2.00')], op('3.01')).toleranceText,
      /^<0\.015 \(rounding interval of 3 printed values\)$/,
      /^<0\.015（3 个印刷数值的舍入区间）$/,
    ],
    [
      'strict sum',
      compareSum([op('1.00')], op('1.01'), { profile: 'strict' }).toleranceText,
      /strict: one unit in the last place/,
      /^±0\.01（严格：末位一个单位）$/,
    ],
    [
      'coarser part',
      compareSum([op('3990.4', 1), op('1.00')], op('3991.44')).toleranceText,
      /read as rounded itself$/,
      /按其本身已四舍五入理解$/,
    ],
    [
      'equal, finer',
      compareEqual(op('1.234', 3), op('1.23')).toleranceText,
      /rounded or truncated to 2 decimals/,
      /^较精确的数字四舍五入或截断到 2 位小数后相同$/,
    ],
    ['percent', comparePercent(op('12.5', 1), op('1.25'), op('10.00')).toleranceText, /^stated 12\.5% stands for/, /^所述 12\.5% 代表/],
    [
      'percent strict',
      comparePercent(op('12.5', 1), op('1.25'), op('10.00'), { profile: 'strict' }).toleranceText,
      /percentage points \(strict\)/,
      /个百分点（严格）$/,
    ],
  ];
  it.each(cases)('%s', (_, words, en, zh) => {
    expect(words.en).toMatch(en);
    expect(words.zh).toMatch(zh);
    expect(words.zh).not.toMatch(/[a-z]{3,}/);
  });
});

describe('year-over-year labels', () => {
  const doc = (year: number | undefined, kind: string, path: string) => ({ info: { year, kind }, source: { path } }) as DisclosureDocument;
  it("name the year, kind, file and page in the run's language", () => {
    const budget = doc(2018, 'dept-budget', '/corpus/js_rendaban_2018_budget.pdf');
    expect(docLabel(budget, 'zh', undefined, 19)).toBe('2018年预算 js_rendaban_2018_budget.pdf 第19页');
    expect(docLabel(budget, 'en', undefined, 19)).toBe('2018 budget js_rendaban_2018_budget.pdf p.19');
    expect(docLabel(doc(2019, 'unit-final', '/a/a.pdf+/b/b.pdf'), 'zh', undefined, 3)).toBe('2019年决算 a.pdf+b.pdf 第3页');
    expect(docLabel(doc(undefined, 'dept-budget', 'x.pdf'), 'zh')).toBe('预算 x.pdf');
    expect(docLabel(doc(undefined, 'other', 'x.pdf'), 'en')).toBe('document x.pdf');
  });
});

describe('year over year in both languages (Jiangsu 人大办公厅 2017 → 2018)', () => {
  let prior: DisclosureDocument;
  let current: DisclosureDocument;
  beforeAll(async () => {
    [prior, current] = await Promise.all([loadJoined('js_rendaban_2017_budget.pdf'), loadJoined('js_rendaban_2018_budget.pdf')]);
  }, 120_000);

  it('C-findings: same ids, statuses and counts; English words in en, Chinese labels in zh', () => {
    const zh = compareDocuments(prior, current, { lang: 'zh' }).findings;
    const en = compareDocuments(prior, current, { lang: 'en' }).findings;
    assertSameFindings(zh, en);
    expect(zh.length).toBeGreaterThan(0);
    const { reports } = checkInBothLanguages((lang) => checkDocument(current, { lang }));
    const extra = { zh: forCurrentDocument(zh, prior), en: forCurrentDocument(en, prior) };
    const shown = { zh: reportFor(reports, extra, 'zh'), en: reportFor(reports, extra, 'en') };
    expect(shown.en.summary).toEqual(shown.zh.summary);
    expect(shown.en.findings.length).toBe(reports.en.findings.length + en.length);
    const c1 = { zh: shown.zh.findings.find((f) => f.id === 'C1:1')!, en: shown.en.findings.find((f) => f.id === 'C1:1')! };
    expect(c1.en.message).toMatch(/the implied last-year figure/);
    expect(c1.zh.message).toMatch(/推算上年/);
    expect(c1.zh.values.map((v) => v.label).join('\n')).toMatch(/^2018年预算 js_rendaban_2018_budget\.pdf 第\d+页：/m);
    expect(c1.zh.values.map((v) => v.label).join('\n')).not.toMatch(/budget /);
    expect(c1.zh.formula).toMatch(/; 2017年预算 js_rendaban_2017_budget\.pdf 第\d+页：\S+ = /);
    expect(c1.zh.formula).not.toMatch(/budget /);
    expect(c1.en.formula).toMatch(/; 2017 budget js_rendaban_2017_budget\.pdf p\.\d+: /);
    const items = compareDocuments(prior, current, { lang: 'zh' }).items;
    expect(items.find((i) => i.priorValue)!.priorValue!.label).toMatch(/^2017年预算 js_rendaban_2017_budget\.pdf 第\d+页：/);
    expect(c1.zh.tolerance).toMatch(/舍入区间/);
    expect(c1.en.tolerance).toMatch(/rounding interval/);
  });
});
