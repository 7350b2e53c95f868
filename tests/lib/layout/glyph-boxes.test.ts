// A number inside a longer text item is boxed on its own glyphs, not by its share of the item's
// characters: checked on a real budget page against where poppler (pdftotext -bbox-layout, an
// independent PDF reader) prints the words. The page's font has full-width CJK glyphs (1 em) and
// half-width digits and points (0.5 em): by character share "1208.20" at the end of
// "2026年支出总计1682.76万元。其中:基本支出合计为1208.20" was boxed 26 pt too far left, over "计为".
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../../lib/engine';
import type { CheckReport } from '../../../lib/report/schema';
import type { BBox } from '../../../lib/model/types';
import { readDocument } from '../../support/corpus';
import { CORPUS } from '../../support/paths';

const FILE = resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');
const PAGE = 17;
/** 0.15 em on this page (15.95 pt): within a glyph (a digit is 8 pt wide), never a neighbouring one. The
 *  two readers differ by up to 1 pt on this line, and a letter-spaced gap is split between its glyphs. */
const TOLERANCE_PT = 2.4;

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

let report: CheckReport;
let words: Word[];

beforeAll(async () => {
  report = checkDocument(await readDocument(FILE));
  const html = execFileSync('pdftotext', ['-f', String(PAGE), '-l', String(PAGE), '-bbox-layout', FILE, '-'], { encoding: 'utf8' });
  words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5],
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
  }));
}, 120_000);

/** The boxes of every finding value of the page with this text (spaces aside: "474.56 万元" as printed letter-spaced). */
const boxesOf = (text: string): BBox[] =>
  report.findings
    .flatMap((f) => f.values)
    .flatMap((v) => (v.page === PAGE && v.text.replace(/\s/g, '') === text ? (v.boxes ?? (v.bbox ? [v.bbox] : [])) : []));
/** The poppler word on the box's line that satisfies `test`. */
const wordOn = (box: BBox, test: (w: Word) => boolean): Word | undefined =>
  words.find((w) => Math.min(box[3], w.y1) - Math.max(box[1], w.y0) > 0.5 * (w.y1 - w.y0) && test(w));

describe('a number inside a longer text item', () => {
  it('after CJK text: "…合计为1208.20" is boxed on the seven half-width glyphs of 1208.20, not on "为"', () => {
    const first = boxesOf('1208.20万元').find((b) => wordOn(b, (w) => w.text.endsWith('合计为1208.20')));
    expect(first).toBeDefined();
    const line = wordOn(first!, (w) => w.text.endsWith('合计为1208.20'))!;
    // The glyph advances poppler gives on the same page: a CJK glyph (a letter-spaced word of one
    // character) and a digit or point ("474.56", a word of its own).
    const cjk = words.find((w) => w.text === '支')!;
    const digits = words.find((w) => w.text === '474.56')!;
    const em = cjk.x1 - cjk.x0;
    const half = (digits.x1 - digits.x0) / 6;
    expect(half / em).toBeCloseTo(0.5, 1);
    // The number ends the word: its right edge is poppler's; its left edge is seven half-width
    // glyphs before, i.e. right after "为" ends.
    expect(first![2]).toBeCloseTo(line.x1, 0);
    expect(Math.abs(first![0] - (line.x1 - 7 * half))).toBeLessThan(TOLERANCE_PT);
  });

  it('in a letter-spaced line: "474.56 万 元" is boxed from the first digit to the end of 元', () => {
    const digits = words.find((w) => w.text === '474.56')!;
    const yuan = words.find((w) => w.text === '元' && w.y0 === digits.y0 && w.x0 > digits.x1)!;
    const box = boxesOf('474.56万元').find((b) => wordOn(b, (w) => w === digits));
    expect(box).toBeDefined();
    expect(Math.abs(box![0] - digits.x0)).toBeLessThan(TOLERANCE_PT);
    expect(Math.abs(box![2] - yuan.x1)).toBeLessThan(TOLERANCE_PT);
  });
});
