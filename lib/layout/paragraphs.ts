// Lines in reading order (all pages) → Block[]: paragraphs, headings and list items, each with
// spans mapping its text back to page boxes.
// 1. measure each page: left and right text edge, usual line pitch, and the body font size;
// 2. walk the lines and cut where a paragraph ends (short line, indent, wide gap, font change,
//    a heading or numbered item starting, a page break after a finished sentence);
// 3. join each paragraph's lines without spaces between CJK characters and classify it.
import type { Block, BlockKind, Span } from '../model';
import type { Line } from './lines';
import type { PageLines } from './headers';
import { FONT_CHANGE_RATIO, HEADING_MAX_CHARS, INDENT_EM, PARAGRAPH_GAP_RATIO, SHORT_LINE_EM, VERY_SHORT_LINE_EM } from './settings';

const CN_NUM = '[一二三四五六七八九十百零〇]+';
/** Section headings: 第一部分, 第二章, 一、, （一）, and table captions 表1：. */
const SECTION_RE = new RegExp(
  `^(第${CN_NUM}(部分|章|节)|${CN_NUM}、|[（(]${CN_NUM}[)）]|表\\s*\\d{1,2}\\s*[.．、：:]|(公开|预算|决算)\\s*\\d{1,2}\\s*表)`,
);
/** Numbered items: 1. 2、 4． (1) ① — but not a number like "1.5" continuing a sentence. */
const ITEM_RE = /^(\d{1,2}[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[)）]|[①-⑳])/;
/** A number or Latin word opening a line, which the line above may have been too short to hold. */
const LEADING_WORD_RE = /^[\dA-Za-z.,%\-]+/;
/** Estimated width (em) of a digit or Latin letter. */
const NARROW_CHAR_EM = 0.55;
/** A line continued on the next page ends at most this far (em) from the right edge. */
const PAGE_BREAK_ROOM_EM = 3;
/** Table-of-contents dot leaders and page number, ignored when classifying. */
const DOT_LEADER_RE = /\s*[.…·．]{3,}\s*\d*$/;
const SENTENCE_END_RE = /[。！？；：!?;:]$/;
const NO_HEADING_END_RE = /[。；，,、]$/;
const ASCII_WORD_RE = /[A-Za-z]/;

interface PageStats {
  left: number;
  right: number;
  pitch: number;
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))] : 0;
};

/** Pages with fewer long lines than this (table pages, covers) borrow the document's text edges. */
const MIN_LINES_FOR_STATS = 4;
const LONG_LINE_CHARS = 8;

function measure(p: PageLines): PageStats & { reliable: boolean } {
  const lines = p.lines.filter((l) => !l.pieces[0]?.run.vertical);
  const long = lines.filter((l) => l.text.length >= LONG_LINE_CHARS);
  const base = long.length ? long : lines;
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i].bbox[3] - lines[i - 1].bbox[3];
    if (step > 0 && step < 3 * lines[i].fontSize) steps.push(step);
  }
  return {
    left: percentile(
      base.map((l) => l.bbox[0]),
      0.1,
    ),
    right: percentile(
      base.map((l) => l.bbox[2]),
      0.9,
    ),
    pitch: steps.length ? percentile(steps, 0.5) : 0,
    reliable: long.length >= MIN_LINES_FOR_STATS,
  };
}

function measureAll(pages: PageLines[]): Map<number, PageStats> {
  const own = pages.map((p) => [p.page, measure(p)] as const);
  const good = own.filter(([, s]) => s.reliable).map(([, s]) => s);
  if (!good.length) return new Map(own);
  const doc: PageStats = {
    left: percentile(
      good.map((s) => s.left),
      0.5,
    ),
    right: percentile(
      good.map((s) => s.right),
      0.5,
    ),
    pitch: percentile(
      good.map((s) => s.pitch),
      0.5,
    ),
  };
  return new Map(own.map(([n, s]) => [n, s.reliable ? s : { ...doc, pitch: s.pitch || doc.pitch }]));
}

function bodyFontSize(pages: PageLines[]): number {
  const count = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) count.set(l.fontSize, (count.get(l.fontSize) ?? 0) + l.text.length);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

const startsNewUnit = (text: string): boolean => SECTION_RE.test(text) || ITEM_RE.test(text);

/** Whether `next` begins a new paragraph after `prev`. */
function breaksBefore(para: Line[], next: Line, ps: PageStats, ns: PageStats): boolean {
  const prev = para[para.length - 1];
  const fs = Math.max(prev.fontSize, next.fontSize);
  const room = ps.right - prev.bbox[2];
  // Word processors wrap a whole number to the next line, leaving the line above short.
  const leading = LEADING_WORD_RE.exec(next.text)?.[0].length ?? 0;
  const wrappedWord = leading > 0 && !SENTENCE_END_RE.test(prev.text) && room < (leading * NARROW_CHAR_EM + 1) * prev.fontSize;
  // Ragged right margins are common, so a short line ends its paragraph only after a sentence
  // end, or when it is very short.
  const prevShort =
    !wrappedWord && (SENTENCE_END_RE.test(prev.text) ? room > SHORT_LINE_EM * prev.fontSize : room > VERY_SHORT_LINE_EM * prev.fontSize);
  const nextIndented = next.bbox[0] >= ns.left + INDENT_EM * next.fontSize;
  if (startsNewUnit(next.text)) return true;
  if (Math.max(prev.fontSize, next.fontSize) / Math.min(prev.fontSize, next.fontSize) > FONT_CHANGE_RATIO) return true;
  if (prevShort) return true;
  // An indented line opens a paragraph unless the line above ran to the margin from further left.
  if (nextIndented && (next.bbox[0] - prev.bbox[0] >= INDENT_EM * fs || SENTENCE_END_RE.test(prev.text) || room > SHORT_LINE_EM * fs))
    return true;
  // A one-line section heading that fills its line, followed by an indented first line.
  if (nextIndented && para.length === 1 && SECTION_RE.test(prev.text) && !SENTENCE_END_RE.test(prev.text) && !/[，,]$/.test(prev.text))
    return true;
  // Across a page break only a full line (from the left edge to near the right one, not a sentence end) continues.
  if (prev.page !== next.page) {
    return SENTENCE_END_RE.test(prev.text) || prev.bbox[0] > ps.left + 2 * INDENT_EM * fs || room > PAGE_BREAK_ROOM_EM * fs;
  }
  const step = next.bbox[3] - prev.bbox[3];
  if (step <= 0) return true; // moved up: a new column
  const pitch = ps.pitch || 1.5 * fs;
  return step > PARAGRAPH_GAP_RATIO * pitch;
}

/**
 * Line joins add no space, except between two Latin words and between two numbers — unless
 * the first line ends inside a number ("2116." + "76", "1,234," + "567": one number broken at the line end).
 */
function joiner(a: string, b: string): string {
  const last = a.slice(-1),
    first = b[0] ?? '';
  if (/\d/.test(first) && /\d[.,]$/.test(a)) return '';
  if (/\d/.test(last) && /\d/.test(first)) return ' ';
  return ASCII_WORD_RE.test(last) && ASCII_WORD_RE.test(first) ? ' ' : '';
}

function toBlock(lines: Line[], body: number): Block {
  let text = '';
  const spans: Span[] = [];
  for (const l of lines) {
    if (text) text += joiner(text, l.text);
    for (const piece of l.pieces) {
      const span: Span = { start: text.length + piece.start, end: text.length + piece.end, page: l.page, bbox: piece.run.bbox };
      if (piece.run.xs?.length === piece.end - piece.start + 1) span.xs = piece.run.xs;
      spans.push(span);
    }
    text += l.text;
  }
  return { kind: classify(text, lines, body), text, page: lines[0].page, spans };
}

function classify(full: string, lines: Line[], body: number): BlockKind {
  const text = full.replace(DOT_LEADER_RE, '');
  const short = [...text].length <= HEADING_MAX_CHARS && !NO_HEADING_END_RE.test(text) && !/[。]/.test(text);
  if (SECTION_RE.test(text)) return short ? 'heading' : 'item';
  if (ITEM_RE.test(text)) return 'item';
  if (short && lines.length <= 2 && lines[0].fontSize >= body * FONT_CHANGE_RATIO) return 'heading';
  return 'paragraph';
}

export function buildBlocks(pages: PageLines[]): Block[] {
  const stats = measureAll(pages);
  const body = bodyFontSize(pages);
  const blocks: Block[] = [];
  let current: Line[] = [];
  for (const p of pages) {
    for (const line of p.lines) {
      const prev = current[current.length - 1];
      if (prev && breaksBefore(current, line, stats.get(prev.page)!, stats.get(line.page)!)) {
        blocks.push(toBlock(current, body));
        current = [];
      }
      current.push(line);
    }
  }
  if (current.length) blocks.push(toBlock(current, body));
  return blocks;
}
