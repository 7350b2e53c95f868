// A number wrapped over a line break gets one box per piece, not one box over both lines: measured on a
// real budget against pdf.js's own text items of the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfLoader } from '../../../lib/cli/pdf';
import { checkDocument } from '../../../lib/engine';
import { findingBoxesByPage } from '../../../lib/extension/finding-boxes';
import { findingBoxes } from '../../../lib/report/annotate';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import type { CheckReport } from '../../../lib/report/schema';
import type { BBox } from '../../../lib/model/types';
import { CORPUS } from '../../support/paths';
import { CC_XINFANGJU, realDocument } from '../../support/corpus';

/** p. 17: "…其中:基本支出合计为1208.20" ends a line and "万元，项目支出合计为474.56万元。" begins the next. */
const FILE = resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');
const PAGE = 17;

let report: CheckReport;
let items: { str: string; bbox: BBox }[];

beforeAll(async () => {
  report = checkDocument(await realDocument(CC_XINFANGJU));
  const { pdfjs, assets } = await loadPdfjsForNode();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(FILE)), ...assets, cMapPacked: true, verbosity: 0 }).promise;
  const page = await pdf.getPage(PAGE);
  const viewport = page.getViewport({ scale: 1 });
  items = [];
  for (const it of (await page.getTextContent()).items) {
    if (!('str' in it) || !it.str.trim()) continue;
    const [, , c, d, x, y] = it.transform as number[];
    const [ax, ay, bx, by] = viewport.convertToViewportRectangle([x, y, x + it.width, y + (it.height || Math.hypot(c, d))]);
    items.push({ str: it.str, bbox: [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)] });
  }
  await pdf.destroy();
}, 120_000);

/** The characters of the page's items whose centres a box holds (on the item's line). This page's font
 *  prints CJK glyphs 1 em and ASCII 0.5 em wide (tests/lib/layout/glyph-boxes.test.ts); a space pdf.js
 *  inserted for a gap takes the rest of the item's width. */
function textUnder(box: BBox): string {
  return items
    .filter((t) => Math.min(box[3], t.bbox[3]) - Math.max(box[1], t.bbox[1]) > 0.5 * (t.bbox[3] - t.bbox[1]))
    .map((t) => {
      const chars = [...t.str];
      const em = t.bbox[3] - t.bbox[1];
      const glyph = (c: string) => (c === ' ' ? 0 : c.charCodeAt(0) < 0x80 ? 0.5 * em : em);
      const inked = chars.reduce((s, c) => s + glyph(c), 0);
      const spaces = chars.filter((c) => c === ' ').length;
      const scale = spaces ? 1 : (t.bbox[2] - t.bbox[0]) / inked;
      const space = spaces ? (t.bbox[2] - t.bbox[0] - inked) / spaces : 0;
      let x = t.bbox[0];
      return chars
        .filter((c) => {
          const w = c === ' ' ? space : glyph(c) * scale;
          const centre = x + w / 2;
          x += w;
          return c !== ' ' && centre > box[0] && centre < box[2];
        })
        .join('');
    })
    .join('');
}

describe('a number wrapped over a line break', () => {
  it('gets one box per piece: "1208.20" at the end of one line, "万元" at the start of the next', () => {
    const value = report.findings
      .flatMap((f) => f.values.map((v) => ({ f, v })))
      .find(({ v }) => v.page === PAGE && v.text === '1208.20万元' && v.boxes);
    expect(value).toBeDefined();
    const { f, v } = value!;
    expect(v.boxes).toHaveLength(2);
    const [first, second] = v.boxes!;
    expect(second[1]).toBeGreaterThanOrEqual(first[3] - 1); // the second piece is on the next line
    expect(textUnder(first)).toBe('1208.20');
    expect(textUnder(second)).toBe('万元');
    // The union (the old single box) covered two whole lines of other words.
    expect(textUnder(v.bbox!).length).toBeGreaterThan(20);

    // The viewer draws both pieces, and the annotated PDF boxes both.
    const drawn = findingBoxesByPage([f])
      .get(PAGE)!
      .map((b) => b.bbox);
    expect(drawn).toEqual(expect.arrayContaining([first, second]));
    expect(drawn).not.toContainEqual(v.bbox);
    expect(findingBoxes(f).map((b) => b.bbox)).toEqual(expect.arrayContaining([first, second]));
  });

  it('a number on one line keeps a single box', () => {
    const one = report.findings.flatMap((f) => f.values).find((v) => v.page === PAGE && v.text === '474.56万元' && v.bbox && !v.boxes);
    expect(one).toBeDefined();
    expect(textUnder(one!.bbox!)).toBe('474.56万元');
  });
});
