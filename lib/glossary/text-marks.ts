// Marks recognised terms and codes in running text: one Aho–Corasick pass for every term and
// variant, plus the printed code forms (name paths, "（204类）…（06款）", 5/7-digit codes,
// "[201]"), then leftmost-longest without overlaps.
import { AhoCorasick } from './aho-corasick';
import type { CodeDictionary } from './codes';
import { foldForScan } from './normalize';
import type { GlossaryEntry, ResolvedCode, TermMark } from './types';

/** Shorter variants ("服务", "工程", "合计") are too common in running text to mark. */
const MIN_MARK_CHARS = 3;
const SHORT_MARKABLE = new Set(['三公', '参公']);
/** Variants that are fine as look-ups but too loose in running text (一般设备购置费 is not a car). */
const UNMARKED = new Set(['购置费', '运行费', '运行维护费', '接待费']);
/** A 5- or 7-digit code in running text; not part of a longer number, an amount or a count. */
const CODE_IN_TEXT = /(?<![\d.,])(?:\[|【)?(\d{7}|\d{5})(?:\]|】)?(?![\d.,%万元亿千人个平辆台件次项名户年月日])/gu;
const BRACKET_CODE_IN_TEXT = /[[【](\d{3})[\]】]/gu;
const DIGIT_PATH_IN_TEXT =
  /[（(]?\d{3}类[）)]?(?:[^（()\s，。；]{0,24}?[（(]?\d{2}款[）)]?(?:[^（()\s，。；]{0,24}?[（(]?\d{2}项[）)]?)?)?/gu;
const LEVEL_MARK = /[（(](?:类|款|项)[）)]/gu;
/** One step name of a name path: CJK characters, possibly with 政府办公厅（室）'s bracket. */
const STEP_NAME = /^(?:[\u4e00-\u9fff]|[（(]室[）)]){1,24}$/u;
const MAX_STEP_NAME_CHARS = 24;

export interface TermMarker {
  findTerms(text: string): TermMark[];
  /** Terms inside a (normalised) query, for look-ups of longer phrases. */
  termsInside(key: string): TermMark[];
}

export function createTermMarker(
  entries: readonly GlossaryEntry[],
  codes: CodeDictionary,
  resolveCode: (printed: string) => ResolvedCode | undefined,
): TermMarker {
  const patterns: string[] = [];
  const patternIds: string[] = [];
  for (const e of entries) {
    for (const p of new Set([e.term, ...e.aliases])) {
      if ((p.length < MIN_MARK_CHARS && !SHORT_MARKABLE.has(p)) || UNMARKED.has(p)) continue;
      patterns.push(foldForScan(p));
      patternIds.push(e.id);
    }
  }
  const automaton = new AhoCorasick(patterns);
  const termsIn = (folded: string): TermMark[] =>
    automaton.find(folded).map((m) => ({ start: m.start, end: m.end, entryId: patternIds[m.pattern] }));

  return {
    termsInside: termsIn,
    findTerms(text) {
      // 1. Terms, on text folded without changing its length (so offsets stay valid).
      const marks = termsIn(foldForScan(text));
      // 2. Codes as name paths, then in digit forms.
      for (const span of namePathSpans(text)) {
        const rc = resolveCode(text.slice(span.start, span.end));
        if (rc) marks.push({ ...span, entryId: `code:${rc.code}` });
      }
      for (const re of [DIGIT_PATH_IN_TEXT, CODE_IN_TEXT, BRACKET_CODE_IN_TEXT]) {
        for (const m of text.matchAll(re)) {
          const rc = re === DIGIT_PATH_IN_TEXT ? resolveCode(m[0]) : codes.resolve(m[1]);
          if (rc) marks.push({ start: m.index, end: m.index + m[0].length, entryId: `code:${rc.code}` });
        }
      }
      // 3. Longest first where they overlap (a name path beats the 行政运行 inside it).
      return leftmostLongest(marks);
    },
  };
}

/**
 * "一般公共服务（类）财政事务（款）行政运行（项）" in running text: chains of two or more level
 * marks joined by step names. Anchored on the marks and read backwards for the first name, which
 * is far cheaper than a regex that tries every CJK position.
 */
function namePathSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let chain: { start: number; end: number; marks: number } | undefined;
  const close = () => {
    if (chain && chain.marks >= 2) spans.push({ start: chain.start, end: chain.end });
    chain = undefined;
  };
  for (const m of text.matchAll(LEVEL_MARK)) {
    const markEnd = m.index + m[0].length;
    if (chain && STEP_NAME.test(text.slice(chain.end, m.index))) {
      chain.end = markEnd;
      chain.marks++;
      continue;
    }
    close();
    let start = m.index;
    while (start > 0 && m.index - start < MAX_STEP_NAME_CHARS && /[\u4e00-\u9fff]/u.test(text[start - 1])) start--;
    if (start < m.index) chain = { start, end: markEnd, marks: 1 };
  }
  close();
  return spans;
}

function leftmostLongest(marks: TermMark[]): TermMark[] {
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMark[] = [];
  let until = 0;
  for (const m of marks) {
    if (m.start < until) continue;
    kept.push(m);
    until = m.end;
  }
  return kept;
}
