// The coverage benchmark's amount-token measure (bench/support/amount-tokens.ts) on real pages:
// narrative figures are not table amounts, and cells the engine reads (letter-spaced, wrapped, bled)
// count as read even where pdftotext prints them broken.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../lib/pdf/node';
import { documentFromPdf } from '../../lib/engine';
import { cellTokensByPage, classify, lineTokens } from '../../bench/support/amount-tokens';
import { CORPUS, SHARED, hasShared } from '../support/paths';

const page = (file: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']).toString();
const blank = { v1: [], v2: [], glued: [] };

describe('amount tokens', () => {
  it('tells a sentence figure from a table figure', () => {
    expect(lineTokens('与上年相比增加 844.15 万元，增长 6.59%。').map((t) => t.prose)).toEqual([true, true]);
    expect(lineTokens('2040401                  行政运行                 10,883.36').map((t) => t.prose)).toEqual([false]);
  });

  it.skipIf(!hasShared)('counts no token of a narrative page (江苏省人民检察院 2018, p. 24)', () => {
    const file = join(CORPUS, 'jiangsu-open-budget/js_jianchayuan_2018_budget.pdf');
    const r = classify(page(file, 24), { ...blank, glued: [] }, false, '');
    expect(r.refV1).toBeGreaterThan(10); // v1 counted the narrative as a missed table
    expect(r.ref).toBe(0);
    expect(r.misses.every((m) => m.kind === 'prose-page')).toBe(true);
  });

  it.skipIf(!hasShared)('reads the letter-spaced, bled cells of 重庆市商务委员会 2026 表二 (p. 9) as the engine does', async () => {
    const dir = join(SHARED, 'corpus/wide');
    const file = join(
      dir,
      readdirSync(dir).find((f) => f.startsWith('w35_'))!,
    );
    const { pdfjs, assets } = await loadPdfjsForNode();
    const doc = await documentFromPdf(pdfjs, new Uint8Array(readFileSync(file)), assets, { format: 'pdf', path: file });
    const cells = cellTokensByPage(doc).get(9)!;
    expect(cells.v1).not.toContain('174,900.64');
    expect(cells.v2).toEqual(expect.arrayContaining(['174,900.64', '101,833.84', '41,534.73']));
    const r = classify(page(file, 9), cells, true, '');
    expect(r.hitV1).toBe(0);
    expect(r.hit / r.ref).toBeGreaterThan(0.95);
    expect(r.misses.filter((m) => m.kind === 'pdftotext-wrap').length).toBeGreaterThan(20);
  });
});
