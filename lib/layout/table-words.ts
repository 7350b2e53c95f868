// Text runs → words → lines → phrases: the text side of table detection.
// pdf.js sometimes merges neighbouring cells into one run with a space ("营业收入 1,234.00"),
// so runs are first split where they look like several cells, with positions estimated from
// approximate glyph widths.
import type { TextRun } from '../pdf';
import type { TableSettings } from './settings';

export interface Word {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  /** Cut from the same run as the word before it: the two are separate cells, whatever the gap. */
  cut?: boolean;
}

export interface Line {
  words: Word[];
  top: number;
  bottom: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NUMERIC_TOKEN = /^[-+(（]?[¥$€£]?\d[\d,，.]*%?[)）]?$|^[-—–]+$/;
const SPLIT_GAP = /\s{2,}|\u3000+/;

/** Rough advance width of a character in ems (only used to place pieces of a split run). */
function charEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (/\s/.test(ch)) return 0.28;
  if (/[0-9]/.test(ch)) return 0.55;
  if (/[A-Z]/.test(ch)) return 0.68;
  if (/[a-z]/.test(ch)) return 0.5;
  return 0.33;
}

export const isNumericText = (s: string): boolean => NUMERIC_TOKEN.test(s.replace(/\s/g, ''));

/** Splits one run into the pieces that may be separate cells. */
export function splitRun(run: TextRun): Word[] {
  const text = run.text;
  const [x0, top, x1, bottom] = run.bbox;
  const base = { top, bottom, size: run.fontSize };
  if (run.vertical || !/\s/.test(text.trim())) return [{ text: text.trim(), x0, x1, ...base }];
  const tokens = pieces(text);
  if (tokens.length <= 1) return [{ text: text.trim(), x0, x1, ...base }];
  const ems = [...text].map(charEm);
  const total = ems.reduce((a, b) => a + b, 0) || 1;
  const scale = (x1 - x0) / total;
  const out: Word[] = [];
  for (const t of tokens) {
    const before = ems.slice(0, t.start).reduce((a, b) => a + b, 0);
    const width = ems.slice(t.start, t.end).reduce((a, b) => a + b, 0);
    out.push({ text: t.text, x0: x0 + before * scale, x1: x0 + (before + width) * scale, ...base, ...(out.length ? { cut: true } : {}) });
  }
  return out;
}

/** Character ranges of the cell-like pieces of a run: split at wide gaps and around numbers. */
function pieces(text: string): { text: string; start: number; end: number }[] {
  const chars = [...text];
  const tokens: { text: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && /\s/.test(chars[i])) i++;
    const start = i;
    while (i < chars.length && !/\s/.test(chars[i])) i++;
    if (i > start) tokens.push({ text: chars.slice(start, i).join(''), start, end: i });
  }
  const numericCount = tokens.filter((t) => isNumericText(t.text)).length;
  const splitNumbers = numericCount >= 2 || tokens.some((t) => isNumericText(t.text) && /[,.]|\d{4}/.test(t.text));
  const merged: typeof tokens = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    const gap = prev ? chars.slice(prev.end, t.start).join('') : '';
    const cut = !prev || SPLIT_GAP.test(gap) || (splitNumbers && (isNumericText(t.text) || isNumericText(prev.text)));
    if (cut) merged.push({ ...t });
    else {
      prev.text = chars.slice(prev.start, t.end).join('');
      prev.end = t.end;
    }
  }
  return merged;
}

/** Groups words into lines (vertical overlap), each sorted left to right. */
export function groupLines(words: Word[], s: TableSettings): Line[] {
  const sorted = [...words].sort((a, b) => (a.top + a.bottom) / 2 - (b.top + b.bottom) / 2);
  const lines: Line[] = [];
  for (const w of sorted) {
    const cy = (w.top + w.bottom) / 2;
    const h = w.bottom - w.top;
    const line = lines.find((l) => {
      const lh = l.bottom - l.top;
      return Math.abs((l.top + l.bottom) / 2 - cy) <= s.lineOverlapRatio * Math.min(h, lh) + 0.01;
    });
    if (line) {
      line.words.push(w);
      line.top = Math.min(line.top, w.top);
      line.bottom = Math.max(line.bottom, w.bottom);
    } else lines.push({ words: [w], top: w.top, bottom: w.bottom });
  }
  for (const l of lines) l.words.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.top - b.top);
}

export const joinText = (parts: string[]): string =>
  parts.reduce((acc, p) => {
    if (!acc) return p;
    const glue = CJK.test(acc[acc.length - 1]) && CJK.test(p[0]) ? '' : acc.endsWith('-') && /^[a-z]/.test(p) ? '' : ' ';
    return acc + glue + p;
  }, '');

/** Merges words of one line into phrases: neighbours closer than wordGapEm, and letter-spaced CJK. */
export function phrases(line: Line, s: TableSettings): Word[] {
  const out: Word[] = [];
  const spaced = new Set<Word>(); // phrases built from letter-spaced single characters
  for (const w of line.words) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = w.x0 - prev.x1;
      const size = Math.max(prev.size, w.size);
      const spacedCjk = (isSingleCjk(prev.text) || spaced.has(prev)) && isSingleCjk(w.text) && gap <= s.letterSpacedCjkMaxGapEm * size;
      if (spacedCjk) spaced.add(prev);
      if (!w.cut && (gap <= s.wordGapEm * size || spacedCjk)) {
        prev.text = joinText([prev.text, w.text]);
        prev.x1 = Math.max(prev.x1, w.x1);
        prev.top = Math.min(prev.top, w.top);
        prev.bottom = Math.max(prev.bottom, w.bottom);
        continue;
      }
    }
    out.push({ ...w });
  }
  return out;
}

function isSingleCjk(t: string): boolean {
  const chars = [...t];
  return chars.length === 1 && CJK.test(chars[0]);
}

/** Runs thinner than this share of their font size get a box synthesised from the font size. */
const MIN_RUN_HEIGHT_RATIO = 0.3;

/** Some PDFs give runs a zero-height box on the baseline; tables need a usable vertical extent. */
function withHeight(run: TextRun): TextRun {
  const [x0, top, x1, bottom] = run.bbox;
  if (run.vertical || bottom - top >= MIN_RUN_HEIGHT_RATIO * run.fontSize) return run;
  // The degenerate box sits where the glyphs start (measured on ICDAR us-033, eu-007): grow it downward.
  return { ...run, bbox: [x0, top, x1, top + run.fontSize] };
}

export function runsToWords(runs: TextRun[]): Word[] {
  return runs
    .map(withHeight)
    .flatMap(splitRun)
    .filter((w) => w.text.length > 0);
}
