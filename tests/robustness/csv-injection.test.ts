// CSV formula injection through the CLI: a disclosure page whose line names start with "=", "@",
// "+" or "-" (a spreadsheet would run them) — every CSV field of `dlens tables` and
// `dlens compare --format csv` that starts so, and is not a plain number, carries the ' prefix.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dlens } from '../support/cli';
import { REPO } from '../support/paths';

const SAMPLE = join(REPO, 'assets/samples/sample-budget.html');
const PAYLOADS: [string, string][] = [
  ['三、卫生健康支出', '=HYPERLINK("http://evil.example","卫生健康支出")'],
  ['四、住房保障支出', "@SUM(1+1)*cmd|' /C calc'!A0"],
  ['二、社会保障和就业支出', '+1+1社会保障和就业支出'],
  ['一、一般公共服务支出', '-2+3一般公共服务支出'],
];
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/** RFC 4180 fields, enough for what dlens writes. */
function csvFields(text: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== '') {
    out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
  }
  return out;
}

const dangerous = (fields: string[]) => fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !PLAIN_NUMBER.test(f));

let hostile = '';
let prior = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'dlens-csv-'));
  let html = readFileSync(SAMPLE, 'utf8');
  for (const [name, payload] of PAYLOADS) html = html.split(name).join(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  hostile = join(dir, 'hostile-2025.html');
  writeFileSync(hostile, html);
  prior = join(dir, 'prior-2024.html');
  writeFileSync(prior, readFileSync(SAMPLE, 'utf8').replace(/2025/g, '2024'));
});

describe('CSV from a page with formula-like line names', () => {
  it("dlens tables --format csv: the names are there, each behind a '", () => {
    const r = dlens(['tables', hostile, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const fields = csvFields(r.stdout);
    for (const [, payload] of PAYLOADS) expect(fields, payload).toContain(`'${payload}`);
    expect(dangerous(fields)).toEqual([]);
  });

  it('dlens compare --format csv: no field would run as a formula', () => {
    const r = dlens(['compare', prior, hostile, '--format', 'csv']);
    expect([0, 1]).toContain(r.code);
    const fields = csvFields(r.stdout);
    expect(fields.some((f) => f.startsWith("'=HYPERLINK("))).toBe(true);
    expect(dangerous(fields)).toEqual([]);
  });

  it('dlens check --format csv: the same', () => {
    const r = dlens(['check', hostile, '--format', 'csv']);
    expect(dangerous(csvFields(r.stdout))).toEqual([]);
  });
});
