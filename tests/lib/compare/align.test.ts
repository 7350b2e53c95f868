// C4 alignment on the Jiangsu series 2017→2018→2019, cross-checked with the authors' CSVs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type AlignedItem } from '../../../lib/compare';
import { CodeDictionary } from '../../../lib/glossary';
import { JIANGSU, SERIES, loadJoined } from './load';

const PAIRS = Object.keys(SERIES).flatMap(
  (dept) =>
    [
      [dept, 2017, 2018],
      [dept, 2018, 2019],
    ] as [string, number, number][],
);
const results = new Map<string, AlignedItem[]>();

beforeAll(async () => {
  for (const [dept, a, b] of PAIRS) {
    const [prior, current] = await Promise.all([loadJoined(SERIES[dept][a]), loadJoined(SERIES[dept][b])]);
    results.set(`${dept}:${b}`, compareDocuments(prior, current).items);
  }
}, 120_000);

/** The authors' CSV: year → column → value (万元). */
function authorsCsv(dept: string): Map<number, Map<string, string>> {
  const [head, ...rows] = readFileSync(resolve(JIANGSU, `js_${dept}_收支预算总表_2017-2019.csv`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  return new Map(
    rows.map((r) => [
      Number(r[0].slice(0, 4)),
      new Map(
        head
          .slice(1)
          .map((h, i) => [h, r[i + 1]] as [string, string])
          .filter(([, v]) => v !== ''),
      ),
    ]),
  );
}

const dictionary = new CodeDictionary();
/** A CSV column → the key our alignment gives that line of the 收支总表. */
function keyOf(column: string): string {
  const totals: Record<string, string> = {
    收入合计: 'summary:收入:收入总计',
    支出合计: 'summary:支出:支出总计',
    当年收入小计: 'summary:收入:本年收入合计',
    当年支出小计: 'summary:支出:本年支出合计',
  };
  if (totals[column]) return totals[column];
  const code = dictionary.codesNamed(column).find((c) => c.length === 3);
  if (code) return `summary:支出:${code}`;
  return /支出|经费/.test(column) ? `summary:支出:${column}` : `summary:收入:${column}`;
}

describe("alignment against the authors' 收支预算总表 CSVs", () => {
  it.each(PAIRS)("%s %i → %i: every CSV line is aligned with both years' values", (dept, a, b) => {
    const csv = authorsCsv(dept);
    const items = new Map(results.get(`${dept}:${b}`)!.map((i) => [i.key, i]));
    const columns = [...csv.get(b)!.keys()].filter((c) => csv.get(a)!.has(c));
    expect(columns.length).toBeGreaterThanOrEqual(9);
    const wrong: string[] = [];
    for (const column of columns) {
      const item = items.get(keyOf(column));
      const got = item ? [item.prior, item.current].map((v) => v && Number(v)) : null;
      const want = [Number(csv.get(a)!.get(column)), Number(csv.get(b)!.get(column))];
      if (!got || got[0] !== want[0] || got[1] !== want[1]) wrong.push(`${column}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('aligns every function 类 row of the expenditure tables by code, with Δ and %', () => {
    for (const [key, items] of results) {
      const classes = items.filter((i) => i.role === 'gpb-expenditure' && i.level === 1 && i.code!.startsWith('2'));
      expect(classes.length, key).toBeGreaterThanOrEqual(3);
      for (const i of classes) {
        expect(i.match, `${key} ${i.code}`).toBe('code');
      }
    }
    const pub = results.get('rendaban:2018')!.find((i) => i.key === 'gpb-expenditure:201')!;
    expect([pub.prior, pub.current, pub.delta, pub.percent]).toEqual(['10528.33', '12706.28', '2177.95', '20.69']);
  });

  it('maps the 2019 renames by code and reports new lines as appeared, never dropped', () => {
    const items = results.get('shengweiban:2019')!;
    const byKey = new Map(items.map((i) => [i.key, i]));
    // The renamed 类 are printed without a value in both years: headings, not line items.
    for (const code of ['210', '207', '220', '224']) expect(byKey.get(`summary:支出:${code}`)).toBeUndefined();
    // rendaban 2018: the 2018 reform's new items are reported, last year's removed ones too (30311
    // moved to 30113: one row, see reform-2018.test.ts).
    const r = results.get('rendaban:2018')!;
    expect(r.filter((i) => i.match === 'appeared').map((i) => i.key)).toContain('gpb-expenditure:2080505');
    expect(r.filter((i) => i.match === 'disappeared').map((i) => i.key)).toContain('gpb-basic:30107');
  });

  it("labels each value with its year, kind, file and page (in the run's language, zh by default)", () => {
    const i = results.get('rendaban:2019')!.find((x) => x.key === 'gpb-expenditure:201')!;
    expect(i.priorValue!.label).toMatch(/^2018年预算 js_rendaban_2018_budget\.pdf 第\d+页：201 /);
    expect(i.currentValue!.label).toMatch(/^2019年预算 js_rendaban_2019_budget_tables\.pdf 第\d+页：201 /);
    expect(i.currentValue!.bbox).toHaveLength(4);
  });
});
