// scripts/patch-pdfjs.mjs (run on install): each pdf.js build carries the three patches; a text-only
// read builds no glyph outlines; and the promise that rejected unobserved on damaged page trees is
// quiet: the fuzz mutants that exposed it must end with the clean "damaged" message and no late
// error from the PDF reader.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUZZ_SOURCES, makeMutant } from '../../lib/cli/batch/fuzz';
import { loadPdfjsForNode } from '../../lib/pdf/node';
import { dlensEn as dlens } from '../support/cli';
import { CORPUS, REPO } from '../support/paths';

const WORKERS = ['build/pdf.worker.mjs', 'build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.mjs', 'legacy/build/pdf.worker.min.mjs'];

describe('pdf.js patches', () => {
  it.each(WORKERS)('%s is patched', (rel) => {
    const text = readFileSync(resolve(REPO, 'node_modules/pdfjs-dist', rel), 'utf8');
    expect(text).toContain('(p=>(p.catch(()=>{}),p))');
  });

  it.each(WORKERS)('%s caps decoded streams on both Flate paths (sync buffer, async chunks)', (rel) => {
    const text = readFileSync(resolve(REPO, 'node_modules/pdfjs-dist', rel), 'utf8');
    expect(text.split('globalThis.dlensStreamLimit').length - 1).toBe(2);
  });

  it.each(WORKERS)('%s builds no glyph outlines for a text-only document', (rel) => {
    const text = readFileSync(resolve(REPO, 'node_modules/pdfjs-dist', rel), 'utf8');
    expect(text).toMatch(/disableFontFace ?&& ?!this\.options\.dlensTextOnly\)/);
  });

  // Reading text in Node: with the option, pdf.js posts no glyph outline (FontPath) for the page;
  // without it (as render-crops opens documents), it still does.
  it('a text-only read of a real page gets no glyph outlines; a drawing read still does', async () => {
    const { pdfjs, assets } = await loadPdfjsForNode();
    const bytes = readFileSync(resolve(CORPUS, 'cities-renwu/gz_xinfangju_2026_budget.pdf'));
    const outlines = async (textOnly: boolean) => {
      const doc = await pdfjs.getDocument({
        data: new Uint8Array(bytes),
        ...assets,
        cMapPacked: true,
        isEvalSupported: false,
        verbosity: 0,
        ...(textOnly ? { dlensTextOnly: true } : {}),
      } as Parameters<typeof pdfjs.getDocument>[0]).promise;
      try {
        const page = await doc.getPage(3);
        await page.getOperatorList();
        const ids = [...(page.commonObjs as unknown as Iterable<[string, unknown]>)].map(([id]) => id);
        return ids.filter((id) => id.includes('_path_')).length;
      } finally {
        await doc.destroy();
      }
    };
    expect(await outlines(false)).toBeGreaterThan(50);
    expect(await outlines(true)).toBe(0);
  });

  // The mutants recorded in bench/results/fuzz.json before the patch; if mutate.ts changes, these
  // indices name other files and the test says so instead of passing on unrelated bytes.
  const RECORDED: Record<number, { source: string; mutators: string[] }> = {
    239: { source: 'bj_xinfangban_2026_budget.pdf', mutators: ['shred'] },
    363: { source: 'bj_xinfangban_2026_budget.pdf', mutators: ['shred'] },
    787: { source: 'NEG_hz_xiaofang_notice.pdf', mutators: ['shred', 'shred'] },
  };

  it.each([239, 363, 787])('fuzz mutant %i of seed 20261126: no unhandled rejection', (index) => {
    const m = makeMutant(
      20261126,
      index,
      FUZZ_SOURCES.map((p) => resolve(CORPUS, p)),
    );
    expect({ source: m.source.split('/').pop(), mutators: m.mutators }).toEqual(RECORDED[index]);
    const file = join(mkdtempSync(join(tmpdir(), 'dlens-patch-')), `mutant-${index}.pdf`);
    writeFileSync(file, m.bytes);
    const r = dlens(['check', file, '--format', 'json']);
    expect(r.stderr).not.toMatch(/late error|internal error/);
    // 239 and 363 are refused as damaged; 787 opens as a one-page scan without text.
    if (index === 787) expect(JSON.parse(r.stdout).summary.warn).toBeGreaterThan(0);
    else expect(r.stderr).toMatch(/damaged or truncated/);
  });
});
