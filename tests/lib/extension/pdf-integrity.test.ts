import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfBytesProblem } from '../../../lib/extension/pdf-integrity';
import { CORPUS, hasShared } from '../../support/paths';

const pdfs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfs(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []));

const ascii = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'cities-renwu/bj_xinfangban_2026_budget.pdf';

/** The e2e suite's corrupted file: the middle 16 KiB of a PDF with every bit flipped. */
function flipMiddle(bytes: Uint8Array, n = 16 * 1024): Uint8Array {
  const out = bytes.slice();
  const from = (out.length >> 1) - (n >> 1);
  for (let i = from; i < from + n; i++) out[i] ^= 0xff;
  return out;
}

describe('pdfBytesProblem', () => {
  it('names empty files, HTML pages, other bytes', () => {
    expect(pdfBytesProblem(new Uint8Array())).toBe('empty');
    expect(pdfBytesProblem(ascii('\n<!DOCTYPE html><html><body>404</body></html>'))).toBe('html');
    expect(pdfBytesProblem(ascii('PK\x03\x04 a zip file'))).toBe('not-pdf');
    expect(pdfBytesProblem(ascii('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'))).toBe('truncated');
  });

  it.skipIf(!hasShared)('passes every corpus PDF', () => {
    const flagged = pdfs(CORPUS).filter((f) => pdfBytesProblem(new Uint8Array(readFileSync(f))) !== null);
    expect(flagged).toEqual([]);
  });

  it.skipIf(!hasShared)('finds the first half of a PDF truncated and flipped bytes in its middle damaged', () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, SAMPLE)));
    expect(pdfBytesProblem(bytes.subarray(0, bytes.length >> 1))).toBe('truncated');
    expect(pdfBytesProblem(flipMiddle(bytes))).toBe('damaged');
    // A wrong startxref offset.
    const text = new TextDecoder('latin1').decode(bytes);
    const digits = /startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))![1];
    const moved = bytes.slice();
    moved.set(ascii('3'.padEnd(digits.length, ' ')), text.lastIndexOf(digits));
    expect(pdfBytesProblem(moved)).toBe('damaged');
  });
});
