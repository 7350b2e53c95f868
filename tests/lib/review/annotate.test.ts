// The annotated copy of a real budget PDF, reopened with pdf.js: one square per finding box, one note
// per finding, at the places the viewer draws them, with message, formula and mark in the note.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, degrees } from 'pdf-lib';
import { pdfLoader } from '../../../lib/cli/pdf';
import { checkDocument } from '../../../lib/engine';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import { annotatePdf, annotatedFindings, findingBoxes } from '../../../lib/report/annotate';
import { toUserRect } from '../../../lib/report/page-space';
import { attachMarks } from '../../../lib/review/marks';
import type { CheckReport } from '../../../lib/report/schema';
import type { BBox } from '../../../lib/model/types';
import { CORPUS } from '../../support/paths';
import { dlens } from '../../support/cli';
import { CC_XINFANGJU, realDocument } from '../../support/corpus';

const PDF = resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');
type Annot = { subtype: string; rect: number[]; contentsObj?: { str: string }; color?: Uint8ClampedArray | null };

async function annotationsOf(bytes: Uint8Array): Promise<Map<number, Annot[]>> {
  const { pdfjs, assets } = await loadPdfjsForNode();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...assets, cMapPacked: true, verbosity: 0 }).promise;
  const out = new Map<number, Annot[]>();
  for (let n = 1; n <= doc.numPages; n++) out.set(n, (await (await doc.getPage(n)).getAnnotations()) as Annot[]);
  await doc.destroy();
  return out;
}

describe('annotatePdf on 长春 信访局 2026 budget (21 pages)', () => {
  let report: CheckReport;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(PDF));
    report = checkDocument(await realDocument(CC_XINFANGJU), { lang: 'zh' });
    report = attachMarks(report, [{ key: 'N1|p6,17|1682.76元;1682.76', kind: 'confirmed', note: '元印成万元', date: '2026-12-06' }]);
  });

  it('pdf.js counts one Text note per annotated finding and one Square per box (fails, warns, unverifiable)', async () => {
    const shown = annotatedFindings(report);
    expect(shown.length).toBeGreaterThan(20);
    expect(new Set(shown.map((f) => f.status))).toEqual(new Set(['fail', 'warn', 'unverifiable']));
    const out = await annotatePdf(bytes, report, { lang: 'zh' });
    const annots = [...(await annotationsOf(out)).values()].flat();
    expect(annots.filter((a) => a.subtype === 'Text')).toHaveLength(shown.length);
    expect(annots.filter((a) => a.subtype === 'Square')).toHaveLength(shown.reduce((n, f) => n + findingBoxes(f).length, 0));
    expect((await annotationsOf(bytes)).get(6)).toEqual([]); // the original had none
  });

  it("a note carries the finding's message, formula and the reader's mark; its squares sit on the number's box", async () => {
    const out = await annotatePdf(bytes, report, { lang: 'zh' });
    const p17 = (await annotationsOf(out)).get(17)!;
    const n1 = p17.find((a) => a.subtype === 'Text' && a.contentsObj?.str.includes('N1'))!;
    expect(n1.contentsObj!.str).toMatch(/^\[错误\] N1 文中“2026年预算支出” 1682\.76元/);
    expect(n1.contentsObj!.str).toContain('算式: 1682.76 = 16827600 元');
    expect(n1.contentsObj!.str).toContain('标记: 已核实 2026-12-06：元印成万元');
    // The square of the 1682.76元 on p. 17, back in the viewer's coordinates, is the finding's box (±1 pt padding).
    const f = report.findings.find((x) => x.mark)!;
    const box = findingBoxes(f).find((b) => b.page === 17)!.bbox;
    const { pdfjs, assets } = await loadPdfjsForNode();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(out), ...assets, verbosity: 0 }).promise;
    const viewport = (await doc.getPage(17)).getViewport({ scale: 1 });
    const squares = p17.filter((a) => a.subtype === 'Square').map((a) => viewport.convertToViewportRectangle(a.rect));
    expect(
      squares.some((r) => Math.abs(Math.min(r[0], r[2]) - (box[0] - 1)) < 0.01 && Math.abs(Math.min(r[1], r[3]) - (box[1] - 1)) < 0.01),
    ).toBe(true);
    await doc.destroy();
  });

  it('with passes: more findings annotated', async () => {
    expect(annotatedFindings(report, { passes: true }).length).toBeGreaterThan(annotatedFindings(report).length + 50);
  });
});

describe('toUserRect inverts pdf.js viewport for every page rotation', () => {
  it.each([0, 90, 180, 270])('rotation %i', async (rotation) => {
    const view: [number, number, number, number] = [10, 20, 605, 862];
    const made = await PDFDocument.create();
    const page = made.addPage([595, 842]);
    page.setMediaBox(10, 20, 595, 842);
    page.setRotation(degrees(rotation));
    const { pdfjs, assets } = await loadPdfjsForNode();
    const doc = await pdfjs.getDocument({ data: await made.save(), ...assets, verbosity: 0 }).promise;
    const vp = (await doc.getPage(1)).getViewport({ scale: 1 });
    await doc.destroy();
    const user = [100, 200, 180, 215];
    const shown = vp.convertToViewportRectangle(user);
    const bbox: BBox = [
      Math.min(shown[0], shown[2]),
      Math.min(shown[1], shown[3]),
      Math.max(shown[0], shown[2]),
      Math.max(shown[1], shown[3]),
    ];
    toUserRect(bbox, { view, rotation }).forEach((v, i) => expect(v).toBeCloseTo(user[i], 6));
  });
});

describe('dlens annotate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlens-annotate-'));
  it('writes the copy and says how many findings it annotated', () => {
    const r = dlens(['annotate', PDF, '-o', join(dir, 'out.pdf'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote .*out\.pdf: \d+ findings annotated\n$/);
    expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
  it.each([
    [['annotate', PDF], /^dlens: dlens annotate needs -o out\.pdf/],
    [['annotate', '-o', join(dir, 'x.pdf')], /^dlens: dlens annotate needs a PDF file/],
    [['annotate', resolve(CORPUS, '..', 'wide'), '-o', join(dir, 'x.pdf')], /^dlens: cannot read .*wide: EISDIR/],
    [
      ['annotate', resolve(CORPUS, '../wide/w77_郑州_2015年郑州市国土资源局部门预算公开情况说明.html'), '-o', join(dir, 'x.pdf')],
      /dlens annotate works on a PDF \(this is html\)$/m,
    ],
  ])('bad input %j: one line, exit 2', (args, msg) => {
    const r = dlens(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
