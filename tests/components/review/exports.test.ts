// The viewer's memo export: crops rendered by pdf.js onto the page's canvases and embedded as PNG
// data: URLs (a Node canvas, @napi-rs/canvas, stands in for document.createElement('canvas')).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { exportName, memoWithCrops } from '../../../components/review/exports';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import { attachMarks } from '../../../lib/review/marks';
import { checkFile } from '../../support/corpus';
import { CORPUS } from '../../support/paths';

const PDF = resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');

describe('memoWithCrops', () => {
  it('embeds one PNG crop per confirmed finding', async () => {
    Object.assign(globalThis, { document: { createElement: () => createCanvas(1, 1) } });
    const report = attachMarks(await checkFile(PDF), [
      { key: 'W9|p11|911.21;297.50;179.46;194.78;…10', kind: 'confirmed', date: '2026-12-06' },
    ]);
    const { pdfjs, assets } = await loadPdfjsForNode();
    const md = await memoWithCrops(pdfjs, assets, new Uint8Array(readFileSync(PDF)), report, 'en');
    const urls = [...md.matchAll(/!\[p\. 11 crop\]\(data:image\/png;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(urls).toHaveLength(1);
    const png = Buffer.from(urls[0][1], 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(20)).toBeGreaterThan(400); // the ten stacked cells, not an empty canvas
  });

  it('names exports after the source file', () => {
    expect(exportName('cc_xinfangju_2026_budget.pdf', 'annotated.pdf')).toBe('cc_xinfangju_2026_budget.annotated.pdf');
    expect(exportName('', 'memo.md')).toBe('document.memo.md');
  });
});
