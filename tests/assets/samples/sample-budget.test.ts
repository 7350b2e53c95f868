// The project's sample disclosure (assets/samples): re-checks, independently of generate.py,
// that every printed table identity holds, that the narrative has exactly the two planted
// errors documented in README.md, and that the committed files are what the generator writes.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const SAMPLES = resolve(__dirname, '../../../assets/samples');
const html = readFileSync(join(SAMPLES, 'sample-budget.html'), 'utf8');
const { document } = parseHTML(html);

/** Hundredths of 万元 from a printed cell or amount ("1,234.56", "0", ""). */
const cents = (s: string): number => (s.trim() === '' ? 0 : Math.round(Number(s.replace(/,/g, '')) * 100));

interface PrintedTable {
  title: string;
  unitLine: string;
  rows: string[][]; // body rows only (rows without <th>)
  note: string;
}

function readTables(): PrintedTable[] {
  return [...document.querySelectorAll('table')].map((t) => {
    const unit = t.previousElementSibling;
    const title = unit?.previousElementSibling;
    const after = t.nextElementSibling;
    const rows = [...t.querySelectorAll('tr')]
      .filter((tr) => tr.querySelector('th') === null)
      .map((tr) => [...tr.querySelectorAll('td')].flatMap((td) => Array(Number(td.getAttribute('colspan') ?? 1)).fill(td.textContent ?? '')));
    return {
      title: title?.textContent ?? '',
      unitLine: unit?.textContent ?? '',
      rows,
      note: after?.tagName === 'P' && after.textContent?.startsWith('注') ? after.textContent : '',
    };
  });
}

const tables = readTables();
const byNo = (n: number) => tables.find((t) => t.title.startsWith(`公开0${n}表`))!;

/** Function- or economic-coded rows: code → numeric columns (after code and name). */
function codedRows(t: PrintedTable): { codes: Map<string, number[]>; total: number[] } {
  const codes = new Map<string, number[]>();
  let total: number[] = [];
  for (const r of t.rows) {
    const nums = r.slice(2).map(cents);
    if (/^\d+$/.test(r[0])) codes.set(r[0], nums);
    else if (r[0] === '合计') total = nums;
  }
  return { codes, total };
}

function expectHierarchySums(t: PrintedTable) {
  const { codes, total } = codedRows(t);
  for (const [code, nums] of codes) {
    const kids = [...codes.keys()].filter((k) => k.length === code.length + 2 && k.startsWith(code));
    if (kids.length === 0) continue;
    nums.forEach((v, col) => expect(kids.reduce((s, k) => s + codes.get(k)![col], 0), `${t.title} ${code} col ${col}`).toBe(v));
  }
  const top = [...codes.keys()].filter((k) => k.length === 3);
  total.forEach((v, col) => expect(top.reduce((s, k) => s + codes.get(k)![col], 0), `${t.title} 合计 col ${col}`).toBe(v));
  return { codes, total };
}

/** Label → amount pairs of a two-sided summary table (01, 04): columns [label, amount, label, amounts…]. */
function sides(t: PrintedTable) {
  const left = new Map<string, number>();
  const right = new Map<string, number[]>();
  for (const r of t.rows) {
    if (r[0]) left.set(r[0], cents(r[1]));
    if (r[2]) right.set(r[2], r.slice(3).map(cents));
  }
  return { left, right };
}

describe('sample-budget.html tables', () => {
  it('has the nine 公开 tables in order, each titled, in 万元, with th header rows and borders', () => {
    expect(tables.map((t) => t.title.slice(0, 6))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `公开0${n}表 `));
    for (const t of tables) expect(t.unitLine).toContain('单位：万元');
    for (const el of document.querySelectorAll('table')) {
      expect(el.getAttribute('border')).toBe('1');
      expect(el.querySelector('tr')!.querySelector('th')).not.toBeNull();
    }
    expect(html).toMatch(/<meta charset="utf-8">/);
    expect(document.body.textContent).toContain('示例文档：虚构部门，仅用于演示');
  });

  it('balances 01 收入支出预算总表 (W1–W4) and 04 财政拨款总表 (W1, W4, W11)', () => {
    const b01 = sides(byNo(1));
    const income = [...b01.left].filter(([k]) => /^[一二三四五六七八九]、/.test(k)).reduce((s, [, v]) => s + v, 0);
    const spend = [...b01.right].filter(([k]) => /^[一二三四五六七八九]、/.test(k)).reduce((s, [, v]) => s + v[0], 0);
    expect(b01.left.get('本年收入合计')).toBe(income);
    expect(b01.right.get('本年支出合计')![0]).toBe(spend);
    expect(b01.left.get('收入总计')).toBe(income + b01.left.get('用事业基金弥补收支差额')! + b01.left.get('上年结转')!);
    expect(b01.right.get('支出总计')![0]).toBe(spend + b01.right.get('结转下年')![0]);
    expect(b01.left.get('收入总计')).toBe(b01.right.get('支出总计')![0]);
    expect(income).toBe(373420);

    const b04 = sides(byNo(4));
    for (const [label, [total, gpb, fund, soe]] of b04.right) expect(total, label).toBe(gpb + fund + soe);
    const classes = [...b04.right].filter(([k]) => /^[一二三四]、/.test(k));
    expect(b04.right.get('本年支出合计')![0]).toBe(classes.reduce((s, [, v]) => s + v[0], 0));
    expect(b04.left.get('收入总计')).toBe(b04.right.get('支出总计')![0]);
  });

  it('sums 类 = Σ 款 = Σ 项 and the row identities in 02, 03, 05 (W5–W8)', () => {
    const b02 = expectHierarchySums(byNo(2));
    for (const [code, [total, ...parts]] of b02.codes) expect(parts.reduce((a, b) => a + b, 0), code).toBe(total);
    const b03 = expectHierarchySums(byNo(3));
    for (const [code, [total, ...parts]] of b03.codes) expect(parts.reduce((a, b) => a + b, 0), code).toBe(total);
    const b05 = expectHierarchySums(byNo(5));
    for (const [code, [total, basic, person, pub, project]] of b05.codes) {
      expect(basic + project, code).toBe(total);
      expect(person + pub, code).toBe(basic);
    }
    expect(b05.codes.size).toBeGreaterThan(20);
    expect([...b05.codes.keys()].filter((k) => k.length === 3)).toEqual(['201', '208', '210', '221']);
  });

  it('sums the economic classes of 06 and splits 人员经费 = 301 + 303, 公用经费 = 302 + 310 (W9, W10)', () => {
    const { codes, total } = expectHierarchySums(byNo(6));
    const cls = (c: string) => codes.get(c)![0];
    expect(total[1]).toBe(cls('301') + cls('303'));
    expect(total[2]).toBe(cls('302') + cls('310'));
    expect(total[0]).toBe(total[1] + total[2]);
  });

  it('ties the tables together (X1, X2, X4, X6, X7, W13, W14) and keeps 07 an empty table with its note', () => {
    const b01 = sides(byNo(1));
    const b02 = codedRows(byNo(2));
    const b03 = codedRows(byNo(3));
    const b05 = codedRows(byNo(5));
    const b06 = codedRows(byNo(6));
    expect(b02.total[0]).toBe(b01.left.get('本年收入合计')); // X1
    expect(b02.total[2]).toBe(b01.left.get('一、一般公共预算拨款收入'));
    expect(b02.total[6]).toBe(b01.left.get('九、其他收入'));
    expect(b03.total[0]).toBe(b01.right.get('本年支出合计')![0]); // X2
    expect(b03.codes.get('201')![0]).toBe(b01.right.get('一、一般公共服务支出')![0]);
    expect(sides(byNo(4)).right.get('本年支出合计')![1]).toBe(b05.total[0]); // X4
    expect(b06.total).toEqual(b05.total.slice(1, 4)); // X6
    const projects = byNo(9).rows.filter((r) => /^\d+$/.test(r[0]));
    const projectSum = projects.reduce((s, r) => s + cents(r[4]), 0);
    expect(byNo(9).rows.at(-1)!.slice(4).map(cents)[0]).toBe(projectSum); // W14
    expect(projectSum).toBe(b03.total[2]); // X7
    expect(projectSum).toBe(b05.total[4]);
    for (const r of byNo(8).rows) {
      const [total, abroad, car, buy, run, reception] = r.slice(1).map(cents);
      expect(abroad + car + reception, r[0]).toBe(total); // W13
      expect(buy + run, r[0]).toBe(car);
    }
    const b07 = byNo(7);
    expect(b07.rows.flat().filter((c) => /\d/.test(c))).toEqual([]);
    expect(b07.note).toContain('本部门2025年度无政府性基金预算财政拨款支出，此表为空表。');
  });
});

// ---------------------------------------------------------------- narrative

const narrative = readFileSync(join(SAMPLES, 'sample-budget.txt'), 'utf8');
const AMT = '(\\d+(?:\\.\\d+)?)';
const pctOk = (stated: string, num: number, den: number) => {
  const decimals = stated.split('.')[1]?.length ?? 0;
  return Math.abs(Number(stated) - (100 * num) / den) <= 0.5 * 10 ** -decimals + 1e-9;
};
const grab = (re: RegExp): RegExpMatchArray => {
  const m = narrative.match(re);
  expect(m, String(re)).not.toBeNull();
  return m!;
};

/** Runs the sentence-level checks a checker should run; returns the ones that fail. */
function narrativeFailures(): string[] {
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => ok || fails.push(what);
  const b08 = byNo(8).rows.map((r) => r.slice(1).map(cents));
  const b06 = codedRows(byNo(6));

  const [, total, fiscal, fiscalPct, other, otherPct] = grab(new RegExp(`收入预算${AMT}万元。其中，财政拨款${AMT}万元，占${AMT}%；其他收入${AMT}万元，占${AMT}%`));
  check(cents(fiscal) + cents(other) === cents(total), 'N1 收入 parts');
  check(pctOk(fiscalPct, cents(fiscal), cents(total)) && pctOk(otherPct, cents(other), cents(total)), 'N5 收入 shares');
  const spend = grab(new RegExp(`支出预算${AMT}万元。其中，工资福利支出${AMT}万元，商品和服务支出${AMT}万元，对个人和家庭的补助${AMT}万元，资本性支出${AMT}万元`));
  check(spend.slice(2).reduce((s, v) => s + cents(v), 0) === cents(spend[1]), 'N2 支出 by economic class');

  for (const m of narrative.matchAll(new RegExp(`(收入|支出|财政拨款收入|财政拨款支出)(增加|减少)${AMT}万元，(增长|下降)${AMT}%`, 'g'))) {
    const v = cents(m[1].startsWith('财政拨款') ? fiscal : total);
    const delta = cents(m[3]) * (m[2] === '增加' ? 1 : -1);
    check(pctOk(m[5], Math.abs(delta), v - delta), `Y1 ${m[0]}`);
  }

  const tp = grab(new RegExp(`“三公”经费预算${AMT}万元，其中：因公出国（境）费${AMT}万元，公务用车购置及运行费${AMT}万元（其中公务用车购置费${AMT}万元，公务用车运行费${AMT}万元），公务接待费${AMT}万元`));
  const [tpTotal, abroad, car, buy, run, reception] = tp.slice(1).map(cents);
  check(abroad + car + reception === tpTotal, `W13/N4 三公 ${tp[0]}`);
  check(buy + run === car, 'W13 公务用车 小计');
  const tpYoy = grab(new RegExp(`“三公”经费预算比\\d{4}年度(减少|增加)${AMT}万元，(下降|增长)${AMT}%`));
  check(b08[1][0] - b08[0][0] === cents(tpYoy[2]) && pctOk(tpYoy[4], cents(tpYoy[2]), b08[1][0]), 'Y1/Y4 三公 change');

  const rc = grab(new RegExp(`机关运行经费预算${AMT}万元，比\\d{4}年度预算(减少|增加)${AMT}万元，(下降|增长)${AMT}%[^。]*。其中：([^。]+)。`));
  const rcItems = [...rc[6].matchAll(new RegExp(`${AMT}万元`, 'g'))].reduce((s, m) => s + cents(m[1]), 0);
  check(rcItems === cents(rc[1]), 'N8 机关运行经费 items');
  check(cents(rc[1]) === b06.total[2], 'X13 机关运行经费 = 公用经费');
  check(pctOk(rc[5], cents(rc[3]), cents(rc[1]) + cents(rc[3])), `Y1 机关运行经费 ${rc[4]}${rc[5]}%`);

  const pr = grab(new RegExp(`政府采购预算总额${AMT}万元，其中：政府采购货物预算${AMT}万元，政府采购工程预算${AMT}万元，政府采购服务预算${AMT}万元`));
  check(pr.slice(2).reduce((s, v) => s + cents(v), 0) === cents(pr[1]), 'N7 政府采购');
  const sme = grab(new RegExp(`预留政府采购项目预算金额${AMT}万元，占政府采购预算总额的${AMT}%`));
  check(pctOk(sme[2], cents(sme[1]), cents(pr[1])), 'N5 中小企业 share');

  const kpi = grab(/应编制绩效目标的项目(\d+)个，实际编制绩效目标的项目(\d+)个，涉及一般公共预算资金([\d.]+)万元，绩效目标覆盖率为(\d+)%/);
  check(pctOk(kpi[4], Number(kpi[2]), Number(kpi[1])), 'N10 绩效 coverage');
  check(cents(kpi[3]) <= codedRows(byNo(5)).total[4], 'X14 绩效 money');

  const b05 = codedRows(byNo(5));
  for (const m of narrative.matchAll(new RegExp(`(一般公共服务支出|社会保障和就业支出|卫生健康支出|住房保障支出)${AMT}万元，占${AMT}%`, 'g'))) {
    const code = { 一般公共服务支出: '201', 社会保障和就业支出: '208', 卫生健康支出: '210', 住房保障支出: '221' }[m[1]]!;
    check(b05.codes.get(code)![0] === cents(m[2]) && pctOk(m[3], cents(m[2]), b05.total[0]), `N5 ${m[0]}`);
  }
  return fails;
}

describe('sample-budget narrative', () => {
  it('fails exactly the two planted checks: 三公 parts exceed the total, 机关运行经费 下降12.5% is really 9.60%', () => {
    const fails = narrativeFailures();
    expect(fails).toHaveLength(2);
    expect(fails[0]).toMatch(/^W13\/N4 三公 .*13\.80.*公务接待费4\.60万元/);
    expect(fails[1]).toBe('Y1 机关运行经费 下降12.5%');
    expect((3274 / 34107) * 100).toBeCloseTo(9.6, 2); // the correct figure README.md gives
  });

  it('says 设置N个内设机构 and then lists exactly N', () => {
    const part = narrative.split('二、机构设置')[1].split('三、部门预算单位构成')[0];
    const n = Number(part.match(/设置(\d+)个内设机构/)![1]);
    expect(part.match(/^（[一二三四五六七八九十]+）/gm)).toHaveLength(n);
  });

  it('is exactly what generate.py writes (html and txt)', () => {
    const out = mkdtempSync(join(tmpdir(), 'dlens-sample-'));
    execFileSync('python3', [join(SAMPLES, 'generate.py'), '--out', out], { stdio: 'pipe' });
    expect(readFileSync(join(out, 'sample-budget.html'), 'utf8')).toBe(html);
    expect(readFileSync(join(out, 'sample-budget.txt'), 'utf8')).toBe(narrative);
  });
});

describe('sample-budget.pdf', () => {
  it('carries the tables and narrative in its text layer and stays small', () => {
    const pdf = join(SAMPLES, 'sample-budget.pdf');
    expect(readFileSync(pdf).length).toBeLessThan(300 * 1024);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/ +/g, '');
    expect(text.split('\f').length - 1).toBe(15);
    for (let n = 1; n <= 9; n++) expect(text).toContain(`公开0${n}表`);
    expect(text).toContain('3,734.20');
    expect(text).toContain('下降12.5%');
    expect(text).toContain('此表为空表');
  });
});
