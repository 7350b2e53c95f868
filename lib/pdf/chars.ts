// Character classes used when splitting and joining runs.
const CJK_RE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;
const NARROW_PUNCT_RE = /[.,:;'!|·]/;

export const isCjk = (ch: string): boolean => CJK_RE.test(ch);
export const isAsciiLetter = (ch: string): boolean => /[A-Za-z]/.test(ch);
export const isSpace = (ch: string): boolean => /\s|\u3000/.test(ch);

/** Estimated advance of a character in ems (full-width CJK = 1). */
export function charWeight(ch: string): number {
  if (isCjk(ch)) return 1;
  if (NARROW_PUNCT_RE.test(ch)) return 0.28;
  if (/[A-Z]/.test(ch)) return 0.65;
  return 0.5;
}
