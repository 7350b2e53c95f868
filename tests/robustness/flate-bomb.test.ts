// --max-memory really bounds memory: a 1.5 MB PDF whose content stream inflates to 1.5 GB (made
// here, never committed) is refused with the `memory` error kind and the process's peak RSS, in
// a batch and alone. Before the cap in pdf.js (scripts/patch-pdfjs.mjs) it reached 3.3 GB and
// ran into the 60 s time limit instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflate } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dlens } from '../support/cli';
import { CORPUS } from '../support/paths';
import { writePdf } from './pdf-writer';

const INFLATED = 1.5e9;
const GOOD = join(CORPUS, 'cities-renwu/bj_xinfangban_2026_budget.pdf');
/** Far below the 3.3 GB the bomb reached without the cap; the budget is 256 MB of heap plus the
 *  process itself (Node, pdf.js, a worker thread). */
const MAX_PEAK_RSS_MB = 768;

/** Deflates `bytes` spaces without ever holding them: ~1.5 MB for 1.5 GB. */
async function deflatedSpaces(bytes: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const out: Buffer[] = [];
  const z = createDeflate({ level: 9 });
  z.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((r) => z.on('end', r));
  for (let n = 0; n < bytes; n += chunk.length) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  z.end();
  await ended;
  return Buffer.concat(out);
}

let bomb = '';

beforeAll(async () => {
  const z = await deflatedSpaces(INFLATED);
  const content = `<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n${z.toString('latin1')}\nendstream`;
  bomb = join(mkdtempSync(join(tmpdir(), 'dlens-bomb-')), 'bomb.pdf');
  writeFileSync(
    bomb,
    writePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      content,
    ]),
  );
}, 120_000);

const peak = (message: string) => Number(/peak RSS (\d+) MB/.exec(message)?.[1] ?? NaN);

describe('a flate bomb under --max-memory 256', () => {
  it('in a batch: that document gets the `memory` error with its peak RSS, the other one is checked', () => {
    const r = dlens(['check', bomb, GOOD, '--max-memory', '256', '--jobs', '1', '--format', 'json', '--lang', 'en']);
    const [bad, good] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bad.error.kind).toBe('memory');
    expect(bad.error.message).toMatch(/more than --max-memory 256 MB allows; the document was not checked \(peak RSS \d+ MB\)$/);
    console.log(`[bomb] ${bad.error.message}`);
    expect(peak(bad.error.message)).toBeLessThan(MAX_PEAK_RSS_MB);
    expect(good.error).toBeUndefined();
    expect(good.summary.pass).toBeGreaterThan(0);
    expect(r.stderr).toContain('memory');
  }, 120_000);

  it('alone: one line, exit 2, no stack trace', () => {
    const r = dlens(['check', bomb, '--max-memory', '256', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^dlens: .*bomb\.pdf: a compressed stream inflates past \d+ MB, more than --max-memory 256 MB allows; the document was not checked \(peak RSS \d+ MB\)\n$/,
    );
    expect(peak(r.stderr)).toBeLessThan(MAX_PEAK_RSS_MB);
  }, 120_000);
});
