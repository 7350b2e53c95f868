// `dlens compare` as a user runs it: split years joined with "+", formats, one-line usage errors.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JIANGSU } from './load';

const CLI = resolve(__dirname, '../../../bin/dlens.mjs');
const dlens = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const f = (name: string) => resolve(JIANGSU, name);

describe('dlens compare', () => {
  it('compares a split year (text+tables) with the year before, as CSV rows of aligned lines', () => {
    const r = dlens('compare', f('js_rendaban_2018_budget.pdf'), `${f('js_rendaban_2019_budget_text.pdf')}+${f('js_rendaban_2019_budget_tables.pdf')}`, '--format', 'csv');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('key,role,code,name,prior_name,match,unit,prior,current,delta,percent,prior_page,current_page');
    expect(lines).toContain('gpb-expenditure:221,gpb-expenditure,221,住房保障支出,,code,万元,2122.38,3301.2,1178.82,55.54,13,7');
  }, 60_000);

  it('exits 1 with the failing C1 statements in text output', () => {
    const r = dlens('compare', f('js_jianchayuan_2017_budget.pdf'), f('js_jianchayuan_2018_budget.pdf'), '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/"vs last year" statements: 20, computable 19, agree 15, disagree 4/);
    expect(r.stdout).toMatch(/fail\s+C1 +基本支出预算数: this year 13,994.31 万元/);
  }, 60_000);

  it('refuses a wrong argument count in one line (exit 2)', () => {
    const r = dlens('compare', f('js_jianchayuan_2017_budget.pdf'), '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dlens: give two documents: dlens compare <prior> <current> (join split files with "+")\n');
    expect(dlens('compare', 'nope.pdf', 'nope2.pdf', '--lang', 'en').stderr).toMatch(/^dlens: cannot read nope\.pdf: no such file\n$/);
  });
});

describe('dlens check --prior', () => {
  it('adds the C-findings to the check report of the current year', () => {
    const r = dlens('check', f('js_jianchayuan_2018_budget.pdf'), '--prior', f('js_jianchayuan_2017_budget.pdf'), '--format', 'json');
    const report = JSON.parse(r.stdout);
    const c1 = report.findings.filter((x: { rule: string }) => x.rule === 'C1');
    expect(c1).toHaveLength(20);
    expect(c1.filter((x: { status: string }) => x.status === 'fail')).toHaveLength(4);
    expect(report.summary.fail).toBeGreaterThanOrEqual(4);
    expect(r.status).toBe(1);
  }, 60_000);
});
