import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfBytesProblem } from '../../../lib/extension/pdf-integrity';
import { CORPUS, SHARED, hasShared } from '../../support/paths';

const pdfs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfs(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : [],
  );

const ascii = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'cities-renwu/bj_xinfangban_2026_budget.pdf';

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

  it.skipIf(!hasShared)('finds the first half of a PDF truncated', () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, SAMPLE)));
    expect(pdfBytesProblem(bytes.subarray(0, bytes.length >> 1))).toBe('truncated');
  });

  it.skipIf(!hasShared)('leaves PDFs with stale cross-reference offsets to pdf.js, which reads them (ICDAR 2013 eu-001)', () => {
    const icdar = join(SHARED, 'bench/tables/icdar2013/eu-001.pdf');
    expect(pdfBytesProblem(new Uint8Array(readFileSync(icdar)))).toBeNull();
  });
});
