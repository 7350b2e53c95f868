// The seed disclosure (2018 盘锦市人民政府办公室 部门预算): every verified row of domain.md §A.7
// holds, its two misprints are flagged, and nothing fails.
import { describe, expect, it } from 'vitest';
import { dlens } from '../../support/cli';
import { SEED } from '../../support/paths';
import type { CheckReport } from '../../../lib/report/schema';

// English formulas (the patterns below); the run's language is explicit, never the machine's locale.
const run = dlens(['check', SEED, '--format', 'json', '--lang', 'en']);
const report: CheckReport = JSON.parse(run.stdout);
const ok = (f: { status: string }) => f.status === 'pass' || f.status === 'rounding';
const find = (rule: string, formula: RegExp) => report.findings.find((f) => f.rule === rule && formula.test(f.formula));

describe('seed disclosure, checked as a user would (dlens check --format json)', () => {
  it('exits 0 with no fail and identifies the document', () => {
    expect(run.code).toBe(0);
    expect(report.schema).toBe('dlens.check/1');
    expect(report.summary.fail).toBe(0);
    expect(report.document).toMatchObject({ kind: 'dept-budget', year: 2018, department: '盘锦市人民政府办公室', level: 'city' });
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['N2 支出 = 工资福利 + 商品和服务 + 个人家庭补助 + 资本性', 'N2', /^1253\.18 \+ 813\.52 \+ 30\.06 \+ 20 = 2116\.76/],
    ['Y1 收入 +244.08 → 13%', 'Y1', /^244\.08 \/ \(2116\.76 − \(244\.08\)\)/],
    ['N4 三公 5.00 = 0 + 0 + 5.00', 'N4', /^0 \+ 0 \+ 5\.00 = 5\.00/],
    ['N4 公务用车 5.00 = 0 + 5.00', 'N4', /^0 \+ 5\.00 = 5\.00/],
    [
      'N8 机关运行经费 ten items = 813.52',
      'N8',
      /^51\.46 \+ 10\.80 \+ 0\.5 \+ 9\.0 \+ 24\.00 \+ 15\.59 \+ 1\.44 \+ 5\.0 \+ 100\.09 \+ 595\.64 = 813\.52/,
    ],
    ['Y1 机关运行经费 −78.56 → 8.8%', 'Y1', /^-78\.56 \/ \(813\.52 − \(-78\.56\)\)/],
    ['N7 采购 179.80', 'N7', /^29\.8 \+ 50\.00 \+ 80\.00 \+ 20\.00 = 179\.8/],
    ['T1 27 内设机构', 'T1', /^27 = count\(numbered items\) = 27/],
    ['N10 1 of 1 → 100%', 'N10', /^1 \/ 1 × 100 = 100\.00%/],
    ['N9 固定资产 ≥ 房屋 + 车辆', 'N9', /^1909\.50 \+ 18\.38 ≤ 2109\.14/],
    ['N9 车辆 1 = 1 + 0', 'N9', /^1 \+ 0 = 1/],
  ])('%s', (_name, rule, formula) => {
    const f = find(rule, formula);
    expect(f, `${rule} ${formula}`).toBeDefined();
    expect(ok(f!)).toBe(true);
    expect(f!.values.length).toBeGreaterThanOrEqual(1);
    for (const v of f!.values) expect(v.page).toBe(1);
  });

  it('Y1 computes the implied base: 244.08 / 1872.68 = 13.03% and 78.56 / 892.08 = 8.81%', () => {
    const income = report.findings.filter((f) => f.rule === 'Y1' && ok(f) && f.expected === '13.03%');
    expect(income.length).toBeGreaterThanOrEqual(3);
    expect(income[0].message).toContain('1872.68');
    const running = report.findings.find((f) => f.rule === 'Y1' && f.expected === '-8.81%');
    expect(running && ok(running)).toBe(true);
    expect(running!.message).toContain('892.08');
  });

  it('Y3: the four statements of the same change agree', () => {
    const y3 = report.findings.filter((f) => f.rule === 'Y3');
    expect(y3.length).toBe(2);
    expect(y3.every(ok)).toBe(true);
  });

  it('flags "9.0.万元" and "0万云" as warn, with their place', () => {
    const h1 = report.findings.find((f) => f.rule === 'H1');
    expect(h1).toMatchObject({ status: 'warn' });
    expect(h1!.values[0].text).toBe('9.0.万元');
    const h2 = report.findings.find((f) => f.rule === 'H2');
    expect(h2).toMatchObject({ status: 'warn' });
    expect(h2!.values[0].text).toBe('0万云');
  });

  it('flags the unbalanced title mark in 《辽宁省政府购买服务暂行办法>', () => {
    const h6 = report.findings.find((f) => f.rule === 'H6');
    expect(h6?.evidence[0].text).toContain('暂行办法>');
  });

  it('text output is grouped and readable, English on request', () => {
    const en = dlens(['check', SEED, '--lang', 'en', '--all']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('summary: pass');
    expect(en.stdout).toContain('1253.18 + 813.52 + 30.06 + 20 = 2116.76');
    expect(en.stdout).not.toMatch(/\x1b\[/); // NO_COLOR respected
  });
});
