// The review memo of a real budget: the confirmed findings only, each with formula, numbers, units,
// tolerance, page and a PNG crop of its boxed region rendered by pdf.js.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dlens } from '../../support/cli';
import { CORPUS } from '../../support/paths';
import { formatMemo } from '../../../lib/report/memo';
import type { CheckReport } from '../../../lib/report/schema';

const PDF = resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');
const dir = mkdtempSync(join(tmpdir(), 'dlens-memo-'));
const marks = join(dir, 'marks.json');
writeFileSync(
  marks,
  JSON.stringify({
    schema: 'dlens.marks/1',
    marks: [
      { key: 'W9|p11|911.21;297.50;179.46;194.78;…10', kind: 'confirmed', note: '九项合计920.96', date: '2026-12-06' },
      { key: 'N1|p6,17|1682.76元;1682.76', kind: 'asked', date: '2026-12-06' },
    ],
  }),
);

/** PNG width and height from its IHDR chunk. */
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('dlens memo', () => {
  it('lists the confirmed finding with formula, numbers, tolerance, page, note and a crop of its cells', () => {
    const out = join(dir, 'memo.md');
    const r = dlens(['memo', PDF, '--marks', marks, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}: 1 confirmed findings, 1 crops\n`);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Review memo: 长春市信访局/);
    expect(md.match(/^## /gm)).toHaveLength(1); // the asked N1 is not in the memo
    expect(md).toContain('## 1. [fail] W9');
    expect(md).toContain('- formula: `297.50 + 179.46 + 194.78 + 105.80 + 32.65 + 3.36 + 93.27 + 4.40 + 9.74 = 911.21 万元`');
    expect(md).toContain('30101 基本工资 当年预算·人员经费 297.50 万元 (p. 11)');
    expect(md).toContain('- difference: -9.75');
    expect(md).toContain('- tolerance: \\<0.05 (rounding interval of 10 printed values)');
    expect(md).toContain('- reviewer note: 九项合计920.96');
    const img = /!\[p\. 11 crop\]\((memo-crops\/[^)]+\.png)\)/.exec(md)![1];
    const png = readFileSync(join(dir, img));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [w, h] = pngSize(png);
    // Ten cells stacked in one column, at scale 2 with margins: taller than wide, and not a whole page (1190 × 1684).
    expect(h).toBeGreaterThan(400);
    expect(h).toBeLessThan(1000);
    expect(w).toBeLessThan(800);
  });

  it('without -o: the memo on standard output, pages linked instead of crops', () => {
    const r = dlens(['memo', PDF, '--marks', marks]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('*见原文第11页*');
  });

  it('needs --marks: one line, exit 2', () => {
    const r = dlens(['memo', PDF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dlens: dlens memo needs --marks marks\.json.*\n$/);
  });
});

describe('formatMemo', () => {
  it('says there is nothing confirmed yet rather than printing an empty memo', () => {
    const report = {
      schema: 'dlens.check/1',
      source: { path: 'x.pdf', format: 'pdf' },
      document: { kind: 'dept-budget', pages: 1, textLayer: true },
      findings: [],
      summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
    } as CheckReport;
    expect(formatMemo(report, 'zh')).toContain('尚无已核实的问题');
  });
});
