// `dlens compare` as a user runs it: split years joined with "+", formats, one-line usage errors.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { JIANGSU } from './load';

const CLI = resolve(__dirname, '../../../bin/dlens.mjs');
const dlens = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const f = (name: string) => resolve(JIANGSU, name);

describe('dlens compare', () => {
  it('compares a split year (text+tables) with the year before, as CSV rows of aligned lines', () => {
    const r = dlens(
      'compare',
      f('js_rendaban_2018_budget.pdf'),
      `${f('js_rendaban_2019_budget_text.pdf')}+${f('js_rendaban_2019_budget_tables.pdf')}`,
      '--format',
      'csv',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'key,role,code,prior_code,name,prior_name,merged_into,match,unit,prior,current,delta,percent,prior_page,current_page',
    );
    expect(lines).toContain('gpb-expenditure:221,gpb-expenditure,221,,住房保障支出,,,code,万元,2122.38,3301.2,1178.82,55.54,13,7');
  }, 60_000);

  it('exits 1 with the failing C1 statements in text output', () => {
    const r = dlens('compare', f('js_jianchayuan_2017_budget.pdf'), f('js_jianchayuan_2018_budget.pdf'), '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/"vs last year" statements: 22, computable 21, agree 17, disagree 4/);
    expect(r.stdout).toMatch(/fail\s+C1 +基本支出预算数: this year 13,994.31 万元/);
    expect(r.stdout).not.toMatch(/不适用|适用|对齐|上年:|通过|不符/);
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
    expect(c1).toHaveLength(22);
    expect(c1.filter((x: { status: string }) => x.status === 'fail')).toHaveLength(4);
    expect(report.summary.fail).toBeGreaterThanOrEqual(4);
    expect(r.status).toBe(1);
  }, 60_000);
});

describe('dlens check on a year published as two files', () => {
  it('checks "text.pdf+tables.pdf" as one document, with --prior, as compare does', () => {
    const joined = `${f('js_rendaban_2019_budget_text.pdf')}+${f('js_rendaban_2019_budget_tables.pdf')}`;
    const r = dlens('check', joined, '--prior', f('js_rendaban_2018_budget.pdf'), '--format', 'json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.source.path).toBe(joined);
    const c1 = report.findings.filter((x: { rule: string }) => x.rule === 'C1');
    expect(c1).toHaveLength(30);
    expect(c1.every((x: { status: string }) => x.status === 'pass')).toBe(true);
    expect(dlens('check', `${f('js_rendaban_2019_budget_text.pdf')}+nope.pdf`, '--lang', 'en').stderr).toBe(
      'dlens: cannot read nope.pdf: no such file\n',
    );
  }, 60_000);
});

describe('dlens compare text (江苏 人大办公厅 2017 → 2018)', () => {
  const r = dlens('compare', f('js_rendaban_2017_budget.pdf'), f('js_rendaban_2018_budget.pdf'));
  const lines = r.stdout.split('\n');

  it('aligns every column by display width (CJK counts two cells)', () => {
    const head = lines.findIndex((l) => l === '[一般公共预算基本支出表]');
    const table = lines.slice(head + 1, lines.indexOf('', head));
    // The 上年 column ends at the same display column on every row.
    const ends = table.map((l) => {
      const m = /^(.*?\S)\s+\S+\s+万元|^(.*?上年)/.exec(l)!;
      return stringWidth(m[1] ?? m[2]);
    });
    expect(new Set(ends).size).toBe(1);
    expect(table.length).toBeGreaterThanOrEqual(25);
  }, 60_000);

  it('pairs the recoded 住房公积金 line as one row, names the merged 提租补贴, and the header counts them', () => {
    expect(r.stdout).toMatch(/~ +30113 住房公积金 +494\.22 +572\.56 +万元 +\+78\.34 +\+15\.85% +科目调整 30311→30113/);
    expect(r.stdout).not.toMatch(/30311 住房公积金/);
    expect(r.stdout).toMatch(/− +30312 提租补贴 +1018\.01 +— +万元 +并入 30102 津贴补贴/);
    expect(r.stdout).toMatch(/科目调整 2（并入 1）/);
    expect(r.stdout).toMatch(/! +2010101 行政运行 .* 变动大/);
  });

  it('prints each table once, no new line that is 0, and only Chinese words of its own', () => {
    expect(lines.filter((l) => l === '[收支总表]')).toHaveLength(1);
    expect(r.stdout).not.toMatch(/上年结转资金 +— +0 /);
    // Outside file names and the document's own words nothing English: no status word, role key or "applies".
    const ours = r.stdout.replace(/js_\w+\.pdf/g, '');
    expect(ours).not.toMatch(/\b(pass|fail|applies|consecutive|budget|summary|gpb)\b/);
  });
});
