// dlens check over several documents: worker pool, input order, same results as alone, CSV,
// exit codes, --resume (including a torn last line) and the per-document time limit.
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dlensEn as dlens } from '../support/cli';
import { CORPUS } from '../support/paths';

const PDFS = [
  'cities-renwu/bj_xinfangban_2026_budget.pdf', // 7 pages, no fail
  'jiangsu-open-budget/js_shengweiban_2017_budget_text.pdf', // 1 fail
  'jiangsu-open-budget/js_shengweiban_2019_budget_tables.pdf',
  'cities-renwu/NEG_hz_xiaofang_notice.pdf', // not a disclosure
].map((p) => join(CORPUS, p));
const HTML = join(CORPUS, 'cities-renwu/cq_fagaiwei_2026_budget_landing.html');
const INPUTS = [...PDFS, HTML];

const parse = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
let batch: ReturnType<typeof dlens>;

beforeAll(() => {
  batch = dlens(['check', ...INPUTS, '--format', 'json', '--jobs', '2']);
}, 120_000);

describe('dlens check, several documents', () => {
  it('writes one JSON line per document, in input order', () => {
    expect(parse(batch.stdout).map((r) => r.source.path)).toEqual(INPUTS);
  });

  it('gives the same result as checking each file alone', () => {
    const lines = parse(batch.stdout);
    for (const [i, path] of INPUTS.entries()) {
      const alone = dlens(['check', path, '--format', 'json']);
      if (alone.code === 2) expect(alone.stderr).toBe(`dlens: ${lines[i].error.message}\n`);
      else expect(lines[i]).toEqual(JSON.parse(alone.stdout));
    }
  }, 120_000);

  it('exit 1 when a document has a fail; errors are results; a summary table on stderr', () => {
    expect(batch.code).toBe(1);
    const lines = parse(batch.stdout);
    expect(lines[1].summary.fail).toBeGreaterThan(0);
    expect(lines[3].error.kind).toBe('not-disclosure');
    expect(batch.stderr).toMatch(/^dlens check: 5 documents in [\d.]+ s \([\d.]+ doc\/s, 2 workers\)$/m);
    expect(batch.stderr).toMatch(/^ {2}checked, no fail +2$/m);
    expect(batch.stderr).toMatch(/^ {2}checked, some fail +1$/m);
    expect(batch.stderr).toMatch(/^ {2}not checked \(error\) +2 {2}\(not-disclosure 2\)$/m);
  });

  it('exit 3 when nothing failed but a document could not be read', () => {
    const r = dlens(['check', PDFS[0], PDFS[3], '--format', 'json']);
    expect(r.code).toBe(3);
  }, 60_000);

  it('--format csv: one header, rows carry the document path', () => {
    const r = dlens(['check', PDFS[0], PDFS[1], '--format', 'csv', '--jobs', '2']);
    const rows = r.stdout.trim().split('\n');
    expect(rows.filter((l) => l.startsWith('path,rule,status'))).toHaveLength(1);
    const paths = new Set(rows.slice(1).map((l) => l.split(',')[0]));
    expect(paths).toEqual(new Set([PDFS[0], PDFS[1]]));
  }, 60_000);

  it('--timeout: the slow document becomes an error result and the rest are checked', () => {
    const r = dlens(['check', PDFS[0], PDFS[2], '--format', 'json', '--timeout', '0.1', '--jobs', '1']);
    const lines = parse(r.stdout);
    expect(lines.map((l) => l.error)).toEqual([
      { kind: 'timeout', message: `${PDFS[0]}: gave up after 0.1 s (--timeout); the document was not checked` },
      { kind: 'timeout', message: `${PDFS[2]}: gave up after 0.1 s (--timeout); the document was not checked` },
    ]);
    expect(r.code).toBe(3);
  }, 60_000);
});

describe('--prior in a batch', () => {
  it('each document gets the same prior-year checks as alone', () => {
    const [y17, y18, y19] = [2017, 2018, 2019].map((y) => join(CORPUS, `jiangsu-open-budget/js_shengweiban_${y}_budget_text.pdf`));
    const alone = JSON.parse(dlens(['check', y18, '--prior', y17, '--format', 'json']).stdout);
    const lines = parse(dlens(['check', y18, y19, '--prior', y17, '--format', 'json', '--jobs', '2']).stdout);
    expect(lines[0]).toEqual(alone);
    expect(alone.findings.some((f: { rule: string }) => /^C\d/.test(f.rule))).toBe(true);
  }, 120_000);

  it('an unreadable --prior is a usage error before anything is checked', () => {
    const r = dlens(['check', PDFS[0], PDFS[1], '--prior', join(CORPUS, 'nope.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`dlens: cannot read ${join(CORPUS, 'nope.pdf')}: no such file\n`);
  });
});

describe('--resume', () => {
  it('skips documents already in the output and completes a torn one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlens-resume-'));
    const out = join(dir, 'out.ndjson');
    const first = dlens(['check', PDFS[0], PDFS[1], PDFS[2], '--format', 'json', '--out', out]);
    expect(first.code).toBe(1);
    const full = readFileSync(out, 'utf8');
    // Simulate an interrupted run: the last line is cut in half.
    truncateSync(out, statSync(out).size - Math.floor(full.trim().split('\n')[2].length / 2));
    const again = dlens(['check', PDFS[0], PDFS[1], PDFS[2], '--format', 'json', '--out', out, '--resume', out]);
    expect(again.stderr).toMatch(/^dlens check: 1 documents in/m);
    expect(again.stderr).toMatch(/^ {2}skipped \(--resume\) +2/m);
    expect(again.code).toBe(1); // the fail is in a skipped document, still counted
    expect(readFileSync(out, 'utf8')).toBe(full);
    const copy = join(dir, 'copy.ndjson');
    copyFileSync(out, copy);
    const none = dlens(['check', PDFS[0], PDFS[1], PDFS[2], '--format', 'json', '--resume', copy]);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^dlens check: 0 documents in/m);
  }, 120_000);
});
