// Every kind of bad input gets one clear line, a bounded time and memory, and never a fake pass.
// Inputs are generated into a temp dir; most are checked in one batch run, a few alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dlensEn as dlens } from '../support/cli';
import { CORPUS } from '../support/paths';
import { cyclicPageTree, deepArrays, deepPageTree, manyPages, manyTextItems, wideTable } from './pdf-writer';

const SOURCE = join(CORPUS, 'cities-renwu/fz_gonganju_2026_budget.pdf');
const TEXT_ITEMS = 200_000;
const COLUMNS = 3_000;
const PAGES = 20_000;
const NESTING = 5_000;
const HTML_ROWS = 400_000; // ≈ 24 MB
const BATCH_TIMEOUT_S = 50;
const hasQpdf = existsSync('/usr/bin/qpdf');

const dir = mkdtempSync(join(tmpdir(), 'dlens-robust-'));
const at = (name: string) => join(dir, name);

/** Deterministic byte flips (mulberry32), so the damage and its message are the same every run. */
function flipBytes(bytes: Uint8Array, flips: number, seed: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < flips; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
  return out;
}

const FILES: Record<string, () => Uint8Array | string> = {
  'zero.pdf': () => new Uint8Array(0),
  'not-a-pdf.pdf': () => 'hello, this is not a PDF\n',
  'truncated.pdf': () => readFileSync(SOURCE).subarray(0, 100_000),
  'corrupted.pdf': () => flipBytes(readFileSync(SOURCE), 2000, 7),
  'cyclic.pdf': () => cyclicPageTree(),
  'deep-tree.pdf': () => deepPageTree(NESTING),
  'deep-arrays.pdf': () => deepArrays(100_000),
  'many-items.pdf': () => manyTextItems(TEXT_ITEMS),
  'wide-table.pdf': () => wideTable(COLUMNS),
};

type Result = {
  source: { path: string };
  document: { textLayer: boolean };
  summary: Record<string, number>;
  findings: { rule: string }[];
  error?: { kind: string; message: string };
};
const results = new Map<string, Result>();
let batch: ReturnType<typeof dlens>;

beforeAll(() => {
  for (const [name, make] of Object.entries(FILES)) writeFileSync(at(name), make());
  if (hasQpdf) {
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', SOURCE, at('user-password.pdf')]);
    execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--', SOURCE, at('owner-password.pdf')]);
  }
  const inputs = Object.keys(FILES)
    .concat(hasQpdf ? ['user-password.pdf', 'owner-password.pdf'] : [])
    .map(at);
  batch = dlens(['check', ...inputs, '--format', 'json', '--jobs', '2', '--timeout', String(BATCH_TIMEOUT_S)]);
  for (const line of batch.stdout.trim().split('\n')) {
    const r = JSON.parse(line) as Result;
    results.set(r.source.path, r);
  }
}, 180_000);

const errorOf = (name: string) => results.get(at(name))?.error;

describe('bad inputs in a batch: a result with an error, never a pass', () => {
  it('every input has exactly one result and the batch finishes', () => {
    expect(results.size).toBe(Object.keys(FILES).length + (hasQpdf ? 2 : 0));
    expect(batch.stderr).toMatch(/^dlens check: \d+ documents in [\d.]+ s/m);
    expect(batch.stderr).not.toMatch(/\n\s+at |node:internal|internal error/);
  });

  it('zero bytes', () => expect(errorOf('zero.pdf')).toEqual({ kind: 'empty', message: `${at('zero.pdf')} is empty` }));

  it('non-PDF bytes named .pdf', () => {
    expect(errorOf('not-a-pdf.pdf')).toEqual({ kind: 'not-pdf', message: `${at('not-a-pdf.pdf')} is named .pdf but is not a PDF file` });
  });

  it('truncated', () => {
    expect(errorOf('truncated.pdf')).toEqual({
      kind: 'corrupt',
      message: `${at('truncated.pdf')}: the PDF is damaged or truncated (Invalid PDF structure.)`,
    });
  });

  it('corrupted (2,000 flipped bytes): pdf.js salvages no text, so it is reported as unreadable scan, not passed', () => {
    const r = results.get(at('corrupted.pdf'))!;
    expect(r.error).toBeUndefined();
    expect(r.document.textLayer).toBe(false);
    expect(r.findings.map((f) => f.rule)).toEqual(['SCAN']);
    expect(r.summary.pass).toBe(0);
  });

  it('a cyclic page tree', () => {
    expect(errorOf('cyclic.pdf')).toEqual({
      kind: 'corrupt',
      message: `${at('cyclic.pdf')}: the PDF is damaged or truncated (Pages tree contains circular reference.)`,
    });
  });

  it('arrays nested 100,000 deep', () => {
    expect(errorOf('deep-arrays.pdf')).toEqual({
      kind: 'corrupt',
      message: `${at('deep-arrays.pdf')}: the PDF is damaged or truncated (Invalid Root reference.)`,
    });
  });

  it(`a page tree ${NESTING} levels deep: read, found to have no text, reported as such (no pass)`, () => {
    const r = results.get(at('deep-tree.pdf'))!;
    expect(r.error).toBeUndefined();
    expect(r.document.textLayer).toBe(false);
    expect(r.findings.map((f) => f.rule)).toEqual(['SCAN']);
    expect(r.summary.pass).toBe(0);
  });

  it(`${TEXT_ITEMS.toLocaleString('en')} text items on one page`, () => {
    expect(errorOf('many-items.pdf')).toEqual({
      kind: 'not-disclosure',
      message: `${at('many-items.pdf')}: not a budget or final-account disclosure (no 预算/决算 title and standard sections found); nothing was checked`,
    });
  });

  it(`a ruled table with ${COLUMNS.toLocaleString('en')} columns`, () => {
    expect(errorOf('wide-table.pdf')).toEqual({
      kind: 'not-disclosure',
      message: `${at('wide-table.pdf')}: not a budget or final-account disclosure (no 预算/决算 title and standard sections found); nothing was checked`,
    });
  });

  it.skipIf(!hasQpdf)('encrypted with a user password', () => {
    expect(errorOf('user-password.pdf')).toEqual({
      kind: 'password',
      message: `${at('user-password.pdf')}: password required: the PDF is encrypted`,
    });
  });

  it.skipIf(!hasQpdf)('encrypted with an owner password only: checked exactly like the plain file', () => {
    const plain = JSON.parse(dlens(['check', SOURCE, '--format', 'json']).stdout);
    const r = results.get(at('owner-password.pdf'))!;
    expect(r.error).toBeUndefined();
    expect(r.summary).toEqual(plain.summary);
    expect(r.summary.pass).toBeGreaterThan(50);
  });

  it('exit code 3: no check failed but some documents could not be read', () => {
    expect(batch.code).toBe(3);
  });
});

// Bounded time: each command ends by itself with its own limit's message. The wall time is logged,
// not asserted (a busy machine may take several times as long); HANG_MS only stops a command that
// never ends, and the test then fails on its exit code.
const HANG_MS = 180_000;
const run = (args: string[]) => {
  const t0 = Date.now();
  const r = dlens(args, {}, HANG_MS);
  console.log(`[bad input] dlens ${args.map((a) => a.split('/').pop()).join(' ')}: exit ${r.code} after ${Date.now() - t0} ms`);
  return r;
};

describe('bad inputs alone: one line on stderr, exit 2, bounded time', () => {
  it(`${PAGES.toLocaleString('en')} pages: stopped by --timeout`, () => {
    writeFileSync(at('many-pages.pdf'), manyPages(PAGES));
    const r = run(['check', at('many-pages.pdf'), '--timeout', '3']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`dlens: ${at('many-pages.pdf')}: gave up after 3 s (--timeout); the document was not checked\n`);
  });

  it('a 24 MB HTML page: stopped by --max-memory', () => {
    const rows = Array.from({ length: HTML_ROWS }, (_, i) => `<tr><td>项目${i}</td><td>${i % 1000}.00</td></tr>`).join('');
    writeFileSync(
      at('huge.html'),
      `<html><head><meta charset="utf-8"><title>某局2025年部门预算</title></head><body><h1>某局2025年部门预算</h1><table>${rows}</table></body></html>`,
    );
    const r = run(['check', at('huge.html'), '--max-memory', '256']);
    expect(r.code).toBe(2);
    expect(
      r.stderr.startsWith(
        `dlens: ${at('huge.html')}: needed more than 256 MB of memory (--max-memory); the document was not checked (peak RSS `,
      ),
    ).toBe(true);
    expect(r.stderr).toMatch(/\(peak RSS \d+ MB\)\n$/);
  });

  it.skipIf(!hasQpdf)('a user-password PDF alone: the same line the batch gave, exit 2', () => {
    const r = dlens(['check', at('user-password.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`dlens: ${at('user-password.pdf')}: password required: the PDF is encrypted\n`);
  });
});
