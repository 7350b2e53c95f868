// Private stand-in for lib/pdf while it is being written: PDF bytes → PageContent (runs, rules, fills).
// Used only by the table tests and the table bench; switch to lib/pdf extractPdfContent when it lands.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { PageContent, RuleSegment, FilledRect, TextRun } from '../../../lib/pdf/types';
import type { BBox } from '../../../lib/model/types';

const RULE_MAX_THICKNESS_PT = 2.5;
const OPS_SAVE = 10, OPS_RESTORE = 11, OPS_TRANSFORM = 12, OPS_CONSTRUCT_PATH = 91;
const OPS_FORM_BEGIN = 74, OPS_FORM_END = 75;
const STROKE_OPS = new Set([20, 21, 24, 25, 26, 27]);
const FILL_OPS = new Set([22, 23, 24, 25, 26, 27]);
const OPS_SET_FILL_RGB = 59, OPS_SET_FILL_GRAY = 57;

type M = [number, number, number, number, number, number];
const mul = (m: M, n: M): M => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: M, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

let pdfjsPromise: Promise<any> | undefined;
function pdfjs(): Promise<any> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** Pages of a PDF through lib/pdf (the real extractor); DLENS_TABLE_LOADER=private uses the stand-in below. */
export async function loadPages(path: string): Promise<PageContent[]> {
  if (process.env.DLENS_TABLE_LOADER === 'private') return loadPagesPrivate(path);
  const { extractPdfContent } = await import('../../../lib/pdf/index');
  const { loadPdfjsForNode } = await import('../../../lib/pdf/node');
  const { pdfjs, assets } = await loadPdfjsForNode();
  const content = await extractPdfContent(pdfjs, new Uint8Array(await readFile(path)), assets);
  return content.pages;
}

export async function loadPagesPrivate(path: string): Promise<PageContent[]> {
  const lib = await pdfjs();
  const req = createRequire(import.meta.url);
  const base = dirname(req.resolve('pdfjs-dist/package.json'));
  const data = new Uint8Array(await readFile(path));
  const doc = await lib.getDocument({
    data, cMapUrl: join(base, 'cmaps') + '/', cMapPacked: true,
    standardFontDataUrl: join(base, 'standard_fonts') + '/', verbosity: 0, isEvalSupported: false,
  }).promise;
  const pages: PageContent[] = [];
  for (let n = 1; n <= doc.numPages; n++) pages.push(await loadPage(doc, n, lib));
  await doc.destroy();
  return pages;
}

async function loadPage(doc: any, n: number, lib: any): Promise<PageContent> {
  const page = await doc.getPage(n);
  const vp = page.getViewport({ scale: 1 });
  const toView = (x: number, y: number) => vp.convertToViewportPoint(x, y) as [number, number];
  const box = (pts: [number, number][]): BBox => {
    const v = pts.map(([x, y]) => toView(x, y));
    const xs = v.map((p) => p[0]), ys = v.map((p) => p[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };
  const runs: TextRun[] = [];
  const tc = await page.getTextContent();
  for (const it of tc.items as any[]) {
    if (!it.str || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform as number[];
    const size = Math.hypot(c, d) || it.height || 1;
    const ux = Math.hypot(a, b) ? [a / Math.hypot(a, b), b / Math.hypot(a, b)] : [1, 0];
    const uy = [-ux[1], ux[0]];
    const w = it.width, asc = size * 0.85, desc = size * 0.15;
    const p = (s: number, t: number): [number, number] => [e + ux[0] * s + uy[0] * t, f + ux[1] * s + uy[1] * t];
    const bbox = box([p(0, -desc), p(w, -desc), p(0, asc), p(w, asc)]);
    const vertical = Math.abs(b) > Math.abs(a) ? true : undefined;
    runs.push({ text: it.str, bbox, fontSize: size, fontName: it.fontName, ...(vertical ? { vertical } : {}) });
  }
  const ops = await page.getOperatorList();
  const rules: RuleSegment[] = [];
  const fills: FilledRect[] = [];
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: M[] = [];
  let white = false;
  const whiteStack: boolean[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i], args = ops.argsArray[i];
    if (fn === OPS_SAVE) { stack.push(ctm); whiteStack.push(white); }
    else if (fn === OPS_RESTORE) { ctm = stack.pop() ?? ctm; white = whiteStack.pop() ?? white; }
    else if (fn === OPS_TRANSFORM) ctm = mul(args as M, ctm);
    else if (fn === OPS_FORM_BEGIN) { stack.push(ctm); whiteStack.push(white); if (args?.[0]) ctm = mul(args[0] as M, ctm); }
    else if (fn === OPS_FORM_END) { ctm = stack.pop() ?? ctm; white = whiteStack.pop() ?? white; }
    else if (fn === OPS_SET_FILL_RGB) white = isWhite(args);
    else if (fn === OPS_SET_FILL_GRAY) white = isWhite(args);
    else if (fn === OPS_CONSTRUCT_PATH) {
      const [paintOp, pathArr] = args;
      const data: ArrayLike<number> | undefined = pathArr?.[0];
      if (!data) continue;
      const stroke = STROKE_OPS.has(paintOp), fill = FILL_OPS.has(paintOp);
      if (!stroke && !fill) continue;
      for (const poly of polylines(data)) {
        const pts = poly.map(([x, y]) => toView(...apply(ctm, x, y)));
        if (stroke) for (let k = 1; k < pts.length; k++) addSegment(rules, pts[k - 1], pts[k]);
        if (fill && !white && pts.length >= 3) {
          const xs = pts.map((q) => q[0]), ys = pts.map((q) => q[1]);
          const bb: BBox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
          const w = bb[2] - bb[0], h = bb[3] - bb[1];
          if (h <= RULE_MAX_THICKNESS_PT && w > h) addSegment(rules, [bb[0], (bb[1] + bb[3]) / 2], [bb[2], (bb[1] + bb[3]) / 2]);
          else if (w <= RULE_MAX_THICKNESS_PT && h > w) addSegment(rules, [(bb[0] + bb[2]) / 2, bb[1]], [(bb[0] + bb[2]) / 2, bb[3]]);
          else if (w > RULE_MAX_THICKNESS_PT && h > RULE_MAX_THICKNESS_PT) fills.push({ bbox: bb });
        }
      }
    }
  }
  void lib;
  return { page: n, width: vp.width, height: vp.height, rotation: page.rotate ?? 0, runs, rules, fills };
}

function isWhite(args: any): boolean {
  if (typeof args?.[0] === 'string') return args[0].toLowerCase() === '#ffffff';
  if (args && args.length === 1 && typeof args[0] === 'number') return args[0] >= 0.99;
  if (args && args.length >= 3) return args[0] >= 0.99 * (args[0] > 1 ? 255 : 1) && args[1] >= 0.99 * (args[1] > 1 ? 255 : 1) && args[2] >= 0.99 * (args[2] > 1 ? 255 : 1);
  return false;
}

function polylines(d: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    if (op === 0) { if (cur.length) out.push(cur); cur = [[d[i], d[i + 1]]]; i += 2; }
    else if (op === 1) { cur.push([d[i], d[i + 1]]); i += 2; }
    else if (op === 2) { cur.push([d[i + 4], d[i + 5]]); i += 6; }
    else if (op === 3) { cur.push([d[i + 2], d[i + 3]]); i += 4; }
    else if (op === 4) { if (cur.length) cur.push(cur[0]); }
    else break;
  }
  if (cur.length) out.push(cur);
  return out;
}

function addSegment(rules: RuleSegment[], a: [number, number], b: [number, number]): void {
  const dx = Math.abs(a[0] - b[0]), dy = Math.abs(a[1] - b[1]);
  if (dy < 0.5 && dx > 0.5) rules.push({ x0: Math.min(a[0], b[0]), y0: (a[1] + b[1]) / 2, x1: Math.max(a[0], b[0]), y1: (a[1] + b[1]) / 2, orient: 'h' });
  else if (dx < 0.5 && dy > 0.5) rules.push({ x0: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), x1: (a[0] + b[0]) / 2, y1: Math.max(a[1], b[1]), orient: 'v' });
}
