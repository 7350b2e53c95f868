// Reads a disclosure's own 名词解释 section into numbered entries:
// "1.财政拨款收入：指……", "（一）财政拨款收入：……", "一、财政拨款收入：……".
import type { Block } from '../model';

export interface DocGlossaryEntry {
  n: number;
  term: string;
  definition: string;
  start: number; // offsets into the text (blocks are joined with "\n"), end exclusive
  end: number;
  page?: number; // when parsed from blocks
}

/** The section heading; the last one wins (a table of contents may name it first). */
const SECTION =
  /(?:^|\n)[^\S\n]*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?[^\S\n]*(?:专业)?名[^\S\n]*词[^\S\n]*解[^\S\n]*释[^\n]{0,10}(?=\n|$)/gu;
/** What ends the section: another part heading or an appendix. */
const SECTION_END =
  /\n[^\S\n]*(?:第[一二三四五六七八九十]+部分|附件|附表|[^\n。，；：:]{0,30}(?:编制说明|情况说明|公开说明)[^\S\n]*(?=\n|$))/u;
/** A line holding only a page number ("18", "- 24 -"), or nothing: a page break inside a wrapped term. */
const PAGE_NUMBER_LINE = String.raw`[^\S\n]*(?:[-—]?[^\S\n]*\d{1,3}[^\S\n]*[-—]?)?[^\S\n]*`;
/** One numbered entry at a line start: number, term, colon. The term may wrap once before its colon
 * (sz_shenjiju_2026: "九、一般公共服务支出(类)审计事务(款)一般行政管理事务\n(项)：反映…"), even
 * over a page break (hz_sifaju_2026 entry 29, huz_caizhengju_2026 entry 14). */
const ENTRY = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*(?:(\d{1,3})[^\S\n]*[.．、]|[（(]([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3})、)[^\S\n]*([^\n：:]{1,80}?(?:(?:\n${PAGE_NUMBER_LINE})*\n[^\n：:]{1,40}?)?)[^\S\n]*[：:]`,
  'gu',
);
const MAX_TERM_CHARS = 80;
const MAX_NUMBER_STEP = 2;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(s: string): number {
  if (s.length === 1) return CN_DIGITS[s];
  if (s[0] === '十') return 10 + (CN_DIGITS[s[1]] ?? 0);
  return CN_DIGITS[s[0]] * 10 + (s[2] ? CN_DIGITS[s[2]] : s[1] === '十' ? 0 : CN_DIGITS[s[1]]);
}

export function parseDocumentGlossary(input: string | readonly Block[]): DocGlossaryEntry[] {
  const { text, pageAt } = joinInput(input);
  // 1. Find the section: from the last 名词解释 heading to the next part heading.
  let from = -1;
  for (const m of text.matchAll(SECTION)) from = m.index + m[0].length;
  if (from < 0) return [];
  const tail = text.slice(from);
  const endRel = SECTION_END.exec(tail)?.index ?? tail.length;
  const section = text.slice(from, from + endRel);
  // 2. Split it at numbered entry starts; each entry runs to the next start.
  const starts = consecutive([...section.matchAll(ENTRY)].filter((m) => isTerm(m[4])));
  const entries: DocGlossaryEntry[] = [];
  starts.forEach((m, i) => {
    const lead = m[0].startsWith('\n') ? 1 : 0;
    const start = from + m.index + lead;
    const defStart = from + m.index + m[0].length;
    const end = i + 1 < starts.length ? from + starts[i + 1].index : from + section.length;
    const n = m[1] ? Number(m[1]) : chineseNumber(m[2] ?? m[3]);
    const definition = text
      .slice(defStart, end)
      .replace(/\s*\n\s*/g, '')
      .trim();
    entries.push({
      n,
      term: joinTermLines(m[4]),
      definition,
      start,
      end: trimEnd(text, start, end),
      ...(pageAt ? { page: pageAt(start) } : {}),
    });
  });
  return entries;
}

/** A term is a name, not a sentence: no sentence punctuation, no amounts. */
function isTerm(s: string): boolean {
  const t = s.trim();
  return t.length <= MAX_TERM_CHARS && !/[，。；,;]|\d\s*(万元|元|%)/u.test(t);
}

/** Entries run 1, 2, 3 …; a restart or a long jump means the section is over (Shanghai documents
 * put 名词解释 before the tables, so the numbered 情况说明 items that follow must not join it).
 * A single missing number is tolerated: one entry whose start we could not read. */
function consecutive<T extends RegExpMatchArray>(matches: T[]): T[] {
  const num = (m: RegExpMatchArray) => (m[1] ? Number(m[1]) : chineseNumber(m[2] ?? m[3]));
  const out: T[] = [];
  for (const m of matches) {
    const step = out.length ? num(m) - num(out[out.length - 1]) : 1;
    if (step < 1 || step > MAX_NUMBER_STEP) break;
    out.push(m);
  }
  return out;
}

function joinTermLines(term: string): string {
  return term
    .split('\n')
    .filter((line) => !/^\s*[-—]?\s*\d{0,3}\s*[-—]?\s*$/.test(line))
    .map((line) => line.trim())
    .join('');
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function joinInput(input: string | readonly Block[]): { text: string; pageAt?: (offset: number) => number } {
  if (typeof input === 'string') return { text: input };
  const offsets: number[] = [];
  let text = '';
  for (const b of input) {
    offsets.push(text.length);
    text += b.text + '\n';
  }
  const pageAt = (offset: number) => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return input[lo]?.page ?? 1;
  };
  return { text, pageAt };
}
