// Text runs of one page → lines in reading order.
// 1. group upright runs by baseline, left to right;
// 2. cut each group at wide gaps into line pieces (a table row, a right-aligned 单位 label);
// 3. order the pieces: top to bottom, or column by column when the page has a gutter.
import type { BBox } from '../model';
import type { TextRun } from '../pdf';
import {
  BASELINE_TOLERANCE_EM,
  CJK_SPACE_GAP_EM,
  COLUMN_CROSSING_RATIO,
  COLUMN_GUTTER_MIN_PT,
  COLUMN_MIN_PIECES,
  LINE_SEGMENT_GAP_EM,
  WORD_SPACE_GAP_EM,
} from './settings';

/** Where each run's text sits in the line text. */
export interface LinePiece {
  run: TextRun;
  start: number;
  end: number;
}

export interface Line {
  page: number;
  text: string;
  pieces: LinePiece[];
  bbox: BBox;
  /** The size of most of the line's characters. */
  fontSize: number;
}

const CJK_RE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;
const isCjk = (ch: string | undefined): boolean => !!ch && CJK_RE.test(ch);

export function buildLines(runs: TextRun[], page: number, pageWidth: number): Line[] {
  const upright = runs.filter((r) => !r.vertical);
  const lines = groupByBaseline(upright)
    .flatMap((g) => cutAtGaps(g))
    .map((g) => makeLine(g, page));
  for (const r of runs) if (r.vertical) lines.push(makeLine([r], page));
  return readingOrder(lines, pageWidth);
}

function groupByBaseline(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.bbox[3] - b.bbox[3] || a.bbox[0] - b.bbox[0]);
  const groups: TextRun[][] = [];
  let base = -Infinity;
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(r.bbox[3] - base) <= BASELINE_TOLERANCE_EM * r.fontSize) g.push(r);
    else {
      groups.push([r]);
      base = r.bbox[3];
    }
  }
  return groups.map((g) => g.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

function cutAtGaps(group: TextRun[]): TextRun[][] {
  const out: TextRun[][] = [[group[0]]];
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1],
      r = group[i];
    const fs = Math.max(prev.fontSize, r.fontSize);
    if (r.bbox[0] - prev.bbox[2] > LINE_SEGMENT_GAP_EM * fs) out.push([r]);
    else out[out.length - 1].push(r);
  }
  return out;
}

/** Joins runs into the line text: a space only where the gap is visibly a space. */
export function makeLine(runs: TextRun[], page: number): Line {
  let text = '';
  const pieces: LinePiece[] = [];
  const sizes = new Map<number, number>();
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (i > 0) {
      const prev = runs[i - 1];
      const gap = r.bbox[0] - prev.bbox[2];
      const fs = Math.min(prev.fontSize, r.fontSize);
      const bothCjk = isCjk(text[text.length - 1]) && isCjk(r.text[0]);
      if (gap >= (bothCjk ? CJK_SPACE_GAP_EM : WORD_SPACE_GAP_EM) * fs) text += ' ';
    }
    pieces.push({ run: r, start: text.length, end: text.length + r.text.length });
    text += r.text;
    sizes.set(r.fontSize, (sizes.get(r.fontSize) ?? 0) + r.text.length);
  }
  const fontSize = [...sizes].sort((a, b) => b[1] - a[1])[0][0];
  const bbox: BBox = [
    Math.min(...runs.map((r) => r.bbox[0])),
    Math.min(...runs.map((r) => r.bbox[1])),
    Math.max(...runs.map((r) => r.bbox[2])),
    Math.max(...runs.map((r) => r.bbox[3])),
  ];
  return { page, text, pieces, bbox, fontSize };
}

const byTop = (a: Line, b: Line) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0];

/**
 * Top to bottom, left to right; on a two-column page (a gutter that at most a few pieces cross,
 * with text on both sides) the left column is read before the right one, between full-width lines.
 */
export function readingOrder(lines: Line[], pageWidth: number): Line[] {
  const sorted = [...lines].sort(byTop);
  const gutter = findGutter(sorted, pageWidth);
  if (gutter === null) return sorted;
  const out: Line[] = [];
  let left: Line[] = [],
    right: Line[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const l of sorted) {
    if (l.bbox[2] <= gutter) left.push(l);
    else if (l.bbox[0] >= gutter) right.push(l);
    else {
      flush();
      out.push(l);
    }
  }
  flush();
  return out;
}

function findGutter(lines: Line[], pageWidth: number): number | null {
  if (lines.length < 2 * COLUMN_MIN_PIECES) return null;
  const lo = Math.floor(pageWidth * 0.3),
    hi = Math.ceil(pageWidth * 0.7);
  let best: { x: number; width: number } | null = null;
  let start = -1;
  const maxCrossing = Math.floor(lines.length * COLUMN_CROSSING_RATIO);
  for (let x = lo; x <= hi + 1; x++) {
    const crossing = x <= hi ? lines.filter((l) => l.bbox[0] < x && l.bbox[2] > x).length : Infinity;
    if (crossing <= maxCrossing) {
      if (start < 0) start = x;
    } else if (start >= 0) {
      const width = x - start;
      if (!best || width > best.width) best = { x: (start + x) / 2, width };
      start = -1;
    }
  }
  if (!best || best.width < COLUMN_GUTTER_MIN_PT) return null;
  const g = best.x;
  const left = lines.filter((l) => l.bbox[2] <= g),
    right = lines.filter((l) => l.bbox[0] >= g);
  if (left.length < COLUMN_MIN_PIECES || right.length < COLUMN_MIN_PIECES) return null;
  // Columns must sit side by side: the right column's text must overlap the left's vertically.
  const span = (ls: Line[]) => [Math.min(...ls.map((l) => l.bbox[1])), Math.max(...ls.map((l) => l.bbox[3]))];
  const [l0, l1] = span(left),
    [r0, r1] = span(right);
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  return overlap > 0.5 * Math.min(l1 - l0, r1 - r0) ? g : null;
}
