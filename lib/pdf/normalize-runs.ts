// Repairs pdf.js text items so one run = one printed word or cell value:
// 1. split items that pdf.js merged across close table cells ("营业收入 1,234.56"),
// 2. undo CJK letter-spacing ("目   录" → "目录", "合   计" → "合计"),
// 3. join runs cut inside a word (a font change in "增长12.5%").
// Boxes are kept: split pieces get a share of the box by estimated character widths (the line and
// table detection above are tuned on these boxes), and keep their glyphs' own x (run.xs, from the
// font's advances) for the finding boxes.
import type { RuleSegment, TextRun } from './types';
import type { BBox } from '../model';
import { charWeight, isAsciiLetter, isCjk, isSpace } from './chars';
import { round2 } from './geometry';

/** Runs closer than this (em) are one word: pdf.js itself adds no space below 0.102 em. */
export const JOIN_GAP_EM = 0.1;
/** Overlap allowed when joining (em); kerning and rounding make boxes overlap a little. */
export const JOIN_OVERLAP_EM = 0.3;
/** Single CJK characters at most this far apart (em) are one letter-spaced word. */
export const LETTER_SPACING_MAX_EM = 4;
/** Single digits and punctuation at most this far apart (em) are one letter-spaced number ("6 6 , 3 0 7 . 9 8" in justified text). */
export const LETTER_SPACING_DIGITS_MAX_EM = 1;
/** Gaps in one letter-spaced word differ by at most this (em). */
export const LETTER_SPACING_UNIFORMITY_EM = 0.6;
/** Baselines closer than this (em) are the same line. */
export const SAME_LINE_EM = 0.3;
/** A space between tokens counts as a space, not a split, when its share of width is this small (em). */
const MIN_SPACE_EM = 0.25;

export function normalizeRuns(runs: TextRun[], rules: RuleSegment[]): TextRun[] {
  const split = runs.flatMap(splitMergedRun);
  const vRules = rules.filter((r) => r.orient === 'v');
  const lines = groupByBaseline(split.filter((r) => !r.vertical));
  const out: TextRun[] = [];
  for (const line of lines) out.push(...joinTouching(joinLetterSpaced(line, vRules), vRules));
  out.push(...split.filter((r) => r.vertical));
  return out;
}

/** Runs made by undoing letter-spacing inside one pdf.js item ("本 年 支" of "本 年 支 出 合 计"). */
const letterSpaced = new WeakSet<TextRun>();

// Step 1 ------------------------------------------------------------------------------------

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[^\s\u3000]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** A run is cut at 2+ spaces, and at a single space unless it sits between two Latin letters. */
export function splitMergedRun(run: TextRun): TextRun[] {
  const text = run.text;
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  if (run.vertical) return [{ ...run, text: text.trim() }];
  if (tokens.length === 1) return [trimRun(run, tokens[0])];
  // "目 录", "2 0 2 5": every token one character → one letter-spaced word.
  if (tokens.every((t) => [...t.text].length === 1 && (isCjk(t.text) || /\d/.test(t.text)))) {
    const joined: TextRun = { ...run, text: tokens.map((t) => t.text).join('') };
    delete joined.xs; // its spaces are gone: the estimate apportions the box
    letterSpaced.add(joined);
    return [joined];
  }
  const xs = estimatedPositions(run);
  const pieces: Token[] = [];
  let cur = { ...tokens[0] };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const gap = t.start - cur.end;
    const keep = gap === 1 && isAsciiLetter(text[cur.end - 1]) && isAsciiLetter(text[t.start]);
    if (keep) cur = { text: text.slice(cur.start, t.end), start: cur.start, end: t.end };
    else {
      pieces.push(cur);
      cur = { ...t };
    }
  }
  pieces.push(cur);
  return pieces.map((p) => piece(run, xs, p));
}

function piece(run: TextRun, xs: number[], t: Token): TextRun {
  const out: TextRun = { ...run, text: t.text, bbox: [round2(xs[t.start]), run.bbox[1], round2(xs[t.end]), run.bbox[3]] };
  if (run.xs?.length === run.text.length + 1) out.xs = run.xs.slice(t.start, t.end + 1);
  return out;
}

function trimRun(run: TextRun, token: Token): TextRun {
  if (token.text.length === run.text.length) return run;
  return piece(run, estimatedPositions(run), token);
}

/** x of each character boundary (length + 1 entries): the glyphs' own, else estimated. */
export function charPositions(run: TextRun): number[] {
  return run.xs && run.xs.length === run.text.length + 1 ? run.xs : estimatedPositions(run);
}

/** x of each character boundary (length + 1 entries), apportioning the box by estimated widths. */
export function estimatedPositions(run: TextRun): number[] {
  const chars = [...run.text];
  const [x0, , x1] = run.bbox;
  const width = x1 - x0;
  const fs = run.fontSize;
  let inked = 0;
  let spaces = 0;
  for (const ch of chars) isSpace(ch) ? spaces++ : (inked += charWeight(ch) * fs);
  let scale = 1;
  let spaceW = spaces ? (width - inked) / spaces : 0;
  if (spaces && spaceW < MIN_SPACE_EM * fs) {
    // Estimated glyphs too wide for the box: shrink them, give spaces a minimal width.
    spaceW = MIN_SPACE_EM * fs;
    scale = Math.max(0, width - spaceW * spaces) / (inked || 1);
  } else if (!spaces && inked > 0) scale = width / inked;
  if (spaces && spaceW * spaces > width) spaceW = width / (spaces + chars.length);
  const xs = [x0];
  let x = x0;
  for (const ch of chars) {
    x += isSpace(ch) ? spaceW : charWeight(ch) * fs * scale;
    xs.push(Math.min(x, x1));
  }
  // Character indices of a JS string (UTF-16) vs code points: map back to string offsets.
  if (chars.length !== run.text.length) {
    const byOffset: number[] = [];
    let off = 0;
    chars.forEach((ch, i) => {
      byOffset[off] = xs[i];
      off += ch.length;
    });
    byOffset[off] = xs[chars.length];
    for (let i = 0; i <= run.text.length; i++) if (byOffset[i] === undefined) byOffset[i] = byOffset[i - 1];
    return byOffset;
  }
  xs[xs.length - 1] = x1;
  return xs;
}

// Steps 2 and 3 -----------------------------------------------------------------------------

/** Groups upright runs into lines by baseline (bbox bottom), each line sorted left to right. */
export function groupByBaseline(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.bbox[3] - b.bbox[3]);
  const lines: TextRun[][] = [];
  let line: TextRun[] = [];
  let base = -Infinity;
  for (const r of sorted) {
    if (line.length && Math.abs(r.bbox[3] - base) > SAME_LINE_EM * r.fontSize) {
      lines.push(line);
      line = [];
    }
    if (!line.length) base = r.bbox[3];
    line.push(r);
  }
  if (line.length) lines.push(line);
  return lines.map((l) => l.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

function ruleBetween(a: TextRun, b: TextRun, vRules: RuleSegment[]): boolean {
  const top = Math.min(a.bbox[1], b.bbox[1]);
  const bottom = Math.max(a.bbox[3], b.bbox[3]);
  const lo = Math.min(a.bbox[2], b.bbox[0]);
  const hi = Math.max(a.bbox[2], b.bbox[0]);
  return vRules.some((r) => r.x0 >= lo - 0.5 && r.x0 <= hi + 0.5 && r.y0 < bottom && r.y1 > top);
}

/** b joined after a (text = a.text + b.text); the gap between them is split between a's last character and b's first. */
function merge(a: TextRun, b: TextRun): TextRun {
  const out: TextRun = {
    ...a,
    text: a.text + b.text,
    bbox: [Math.min(a.bbox[0], b.bbox[0]), Math.min(a.bbox[1], b.bbox[1]), Math.max(a.bbox[2], b.bbox[2]), Math.max(a.bbox[3], b.bbox[3])],
  };
  if (a.xs || b.xs) {
    const xa = charPositions(a),
      xb = charPositions(b);
    out.xs = [...xa.slice(0, -1), round2((xa[xa.length - 1] + xb[0]) / 2), ...xb.slice(1)];
  }
  return out;
}

const singleChar = (r: TextRun): boolean => r.text.length === 1 && !isSpace(r.text);
const spacedWord = (r: TextRun): boolean => singleChar(r) || letterSpaced.has(r);
/** The spacing inside a letter-spaced run, when it is one. */
function innerGap(r: TextRun): number | undefined {
  const n = r.text.length;
  return letterSpaced.has(r) && n > 1 ? (r.bbox[2] - r.bbox[0] - n * r.fontSize) / (n - 1) : undefined;
}

function joinLetterSpaced(line: TextRun[], vRules: RuleSegment[]): TextRun[] {
  const out: TextRun[] = [];
  for (let i = 0; i < line.length;) {
    let j = i;
    const gaps: number[] = [];
    const ref = innerGap(line[i]);
    if (ref !== undefined) gaps.push(ref);
    while (j + 1 < line.length && spacedWord(line[j]) && spacedWord(line[j + 1])) {
      const a = line[j],
        b = line[j + 1];
      const fs = Math.max(a.fontSize, b.fontSize);
      const gap = b.bbox[0] - a.bbox[2];
      const bothCjk = isCjk(a.text.slice(-1)) && isCjk(b.text[0]);
      const maxGap = (bothCjk ? LETTER_SPACING_MAX_EM : LETTER_SPACING_DIGITS_MAX_EM) * fs;
      if (Math.abs(a.fontSize - b.fontSize) > 0.1 * fs || gap > maxGap || gap < -JOIN_OVERLAP_EM * fs) break;
      const inner = innerGap(b) ?? gaps[0];
      if (inner !== undefined && Math.abs(gap - inner) > LETTER_SPACING_UNIFORMITY_EM * fs) break;
      if (ruleBetween(a, b, vRules)) break;
      gaps.push(gap);
      j++;
    }
    let run = line[i];
    for (let k = i + 1; k <= j; k++) run = merge(run, line[k]);
    out.push(run);
    i = j + 1;
  }
  return out;
}

function joinTouching(line: TextRun[], vRules: RuleSegment[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of line) {
    const prev = out[out.length - 1];
    if (prev) {
      const fs = Math.min(prev.fontSize, r.fontSize);
      const gap = r.bbox[0] - prev.bbox[2];
      if (gap <= JOIN_GAP_EM * fs && gap >= -JOIN_OVERLAP_EM * fs && !ruleBetween(prev, r, vRules)) {
        out[out.length - 1] = merge(prev, r);
        continue;
      }
    }
    out.push(r);
  }
  return out;
}
