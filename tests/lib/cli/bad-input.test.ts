// Bad input gets one clear line on stderr and the right exit code — never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dlensEn as dlens } from '../../support/cli';
import { CORPUS } from '../../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'dlens-bad-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('dlens check on bad input', () => {
  it('a missing path', () => {
    const r = dlens(['check', join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^dlens: cannot read .*nope\.txt: no such file or folder$/);
    expect(r.stdout).toBe('');
  });

  it('an empty file', () => {
    const r = dlens(['check', file('empty.txt', '')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^dlens: .*empty\.txt is empty$/);
  });

  it('a file of only whitespace', () => {
    const r = dlens(['check', file('blank.txt', '  \n\n\t ')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /is empty$/);
  });

  it('a binary file named .txt', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const r = dlens(['check', file('binary.txt', bytes)]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^dlens: .*binary\.txt is a binary file, not text$/);
  });

  it('a text that is not a disclosure', () => {
    const r = dlens(['check', file('poem.txt', '床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n共计2首，价值100万元。')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^dlens: .*poem\.txt: not a budget or final-account disclosure .*nothing was checked$/);
  });

  it('a real negative from the corpus (an HTML index page that mentions 预算)', () => {
    const r = dlens(['check', join(CORPUS, 'cities-renwu/NEG_jn_gonganju_xxgk_index.html')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /not a budget or final-account disclosure/);
  });

  it('an unsupported file type', () => {
    const r = dlens(['check', file('table.xlsx', 'PK\u0003\u0004')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /unsupported file type "\.xlsx"/);
  });

  it('non-PDF bytes named .pdf', () => {
    const r = dlens(['check', file('fake.pdf', 'this is not a pdf at all')]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /fake\.pdf is named \.pdf but is not a PDF file$/);
  });

  it('an unknown option and an unknown format', () => {
    const a = dlens(['check', '--frmat', 'json']);
    expect(a.code).toBe(2);
    expectOneLine(a.stderr, /^dlens: unknown option --frmat \(did you mean --format\?\); see dlens check --help$/);
    expectOneLine(dlens(['check', '--zzz']).stderr, /^dlens: unknown option --zzz; see dlens check --help$/);
    const b = dlens(['check', '--format', 'xml']);
    expect(b.code).toBe(2);
    expectOneLine(b.stderr, /^dlens: unknown --format "xml"/);
  });

  it('a scan: reported as a scan, exit 4 (nothing checked), never the exit of a clean check', () => {
    const scan = dlens(['check', join(CORPUS, 'cities-renwu/cs_jiaojing_2026_budget_SCANNED.pdf'), '--lang', 'en']);
    expect(scan.code).toBe(4);
    expect(scan.stdout).toMatch(/scan/i);
    const both = dlens([
      'check',
      join(CORPUS, 'cities-renwu/cs_jiaojing_2026_budget_SCANNED.pdf'),
      join(CORPUS, 'cities-renwu/gz_xinfangju_2026_budget.pdf'),
      '--format',
      'json',
    ]);
    // A folder with a scan among clean documents says that something went unchecked.
    expect(both.code).toBe(4);
    expect(
      both.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).document.textLayer),
    ).toEqual([false, true]);
  });

  it('--version', () => {
    const r = dlens(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dlens \d+\.\d+\.\d+\n$/);
  });

  it('an unknown command', () => {
    const r = dlens(['chek']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^dlens: unknown command "chek"/);
  });

  it('several inputs: the unreadable one is reported and the rest are checked', () => {
    const good = file(
      'good.txt',
      '某市某局\n2018年度部门预算公开说明\n收入预算100.00万元。其中，财政拨款100.00万元。\n三公经费 机关运行经费 政府采购 名词解释 基本支出 项目支出 一般公共预算',
    );
    const r = dlens(['check', good, file('empty2.txt', ''), '--format', 'json']);
    expect(r.code).toBe(3); // no fail, but one document could not be read
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].summary.pass).toBeGreaterThan(0);
    expect(lines[1].error.kind).toBe('empty');
    expect(r.stderr).toMatch(/empty2\.txt is empty/);
  });
});
