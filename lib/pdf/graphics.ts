// Operator list → ruling lines and filled rectangles in top-left page coordinates.
// pdfjs-dist 5 packs each path into one `constructPath` op: [paintOp, [pathData], minMax],
// pathData being DrawOPS codes (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4)
// in user space; the CTM is tracked through save / restore / transform / form XObjects.
import type { FilledRect, RuleSegment } from './types';
import { apply, boundsOf, multiply, round2, type Matrix } from './geometry';

/** A filled rectangle this thin (pt) on one side is a rule, not shading (table-extraction.md §8). */
export const RULE_MAX_THICKNESS_PT = 2;
/** Shorter marks are dots or glyph debris, not rules. */
export const RULE_MIN_LENGTH_PT = 2;
/** A stroked segment within this much of horizontal/vertical counts as axis-aligned. */
export const AXIS_TOLERANCE_PT = 0.5;
/** Fills covering more than this share of the page are page backgrounds. */
const BACKGROUND_AREA_SHARE = 0.9;

const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

export interface OperatorListLike {
  fnArray: number[];
  argsArray: unknown[];
}

type Point = [number, number];
interface SubPath {
  points: Point[];
  closed: boolean;
  curved: boolean;
}

/** Walks the operator list once; `pageMatrix` is the viewport transform (PDF space → top-left). */
export function extractGraphics(
  opList: OperatorListLike,
  OPS: Record<string, number>,
  pageMatrix: Matrix,
  page: { width: number; height: number },
): { rules: RuleSegment[]; fills: FilledRect[] } {
  const rules: RuleSegment[] = [];
  const fills: FilledRect[] = [];
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];

  for (let i = 0; i < opList.fnArray.length; i++) {
    const fn = opList.fnArray[i];
    const args = opList.argsArray[i] as any;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const form = args?.[0] as ArrayLike<number> | null;
      if (form && form.length === 6) ctm = multiply(form, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const paintOp = args[0] as number;
      const data = args[1]?.[0] as ArrayLike<number> | null;
      if (!data || (!strokeOps.has(paintOp) && !fillOps.has(paintOp))) continue;
      const toPage = multiply(ctm, pageMatrix);
      const subpaths = parsePath(data, toPage);
      if (strokeOps.has(paintOp)) for (const sp of subpaths) addStrokedSegments(sp, rules);
      if (fillOps.has(paintOp)) for (const sp of subpaths) addFilledShape(sp, rules, fills, page);
    }
  }
  return { rules, fills };
}

function parsePath(data: ArrayLike<number>, m: Matrix): SubPath[] {
  const out: SubPath[] = [];
  let cur: SubPath | null = null;
  for (let k = 0; k < data.length;) {
    const op = data[k++];
    if (op === DRAW.moveTo) {
      cur = { points: [apply(m, data[k], data[k + 1])], closed: false, curved: false };
      out.push(cur);
      k += 2;
    } else if (op === DRAW.lineTo) {
      cur?.points.push(apply(m, data[k], data[k + 1]));
      k += 2;
    } else if (op === DRAW.curveTo) {
      if (cur) {
        cur.curved = true;
        cur.points.push(apply(m, data[k + 4], data[k + 5]));
      }
      k += 6;
    } else if (op === DRAW.quadraticCurveTo) {
      if (cur) {
        cur.curved = true;
        cur.points.push(apply(m, data[k + 2], data[k + 3]));
      }
      k += 4;
    } else if (op === DRAW.closePath) {
      if (cur) cur.closed = true;
    } else break; // unknown code: stop rather than misread the rest
  }
  return out;
}

function addStrokedSegments(sp: SubPath, rules: RuleSegment[]): void {
  if (sp.curved) return;
  const pts = sp.closed ? [...sp.points, sp.points[0]] : sp.points;
  for (let i = 1; i < pts.length; i++) pushRule(pts[i - 1], pts[i], rules);
}

function pushRule([ax, ay]: Point, [bx, by]: Point, rules: RuleSegment[]): void {
  if (Math.abs(ay - by) <= AXIS_TOLERANCE_PT && Math.abs(bx - ax) >= RULE_MIN_LENGTH_PT) {
    const y = round2((ay + by) / 2);
    rules.push({ x0: round2(Math.min(ax, bx)), y0: y, x1: round2(Math.max(ax, bx)), y1: y, orient: 'h' });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE_PT && Math.abs(by - ay) >= RULE_MIN_LENGTH_PT) {
    const x = round2((ax + bx) / 2);
    rules.push({ x0: x, y0: round2(Math.min(ay, by)), x1: x, y1: round2(Math.max(ay, by)), orient: 'v' });
  }
}

function addFilledShape(sp: SubPath, rules: RuleSegment[], fills: FilledRect[], page: { width: number; height: number }): void {
  if (sp.curved || sp.points.length < 2) return;
  const [x0, y0, x1, y1] = boundsOf(sp.points);
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= RULE_MAX_THICKNESS_PT && w >= RULE_MIN_LENGTH_PT) pushRule([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2], rules);
  else if (w <= RULE_MAX_THICKNESS_PT && h >= RULE_MIN_LENGTH_PT) pushRule([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1], rules);
  else if (w > RULE_MAX_THICKNESS_PT && h > RULE_MAX_THICKNESS_PT && w * h < BACKGROUND_AREA_SHARE * page.width * page.height) {
    fills.push({ bbox: [round2(x0), round2(y0), round2(x1), round2(y1)] });
  }
}
