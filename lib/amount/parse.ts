// Printed numbers → exact amounts that remember how they were printed (domain.md §B).
// Two entry points: parseCell for a table cell, scanAmounts for running text.
import Decimal from 'decimal.js';
import { toAsciiDigits, printedDecimals } from './digits';
import { chineseToDecimal } from './chinese';
import { COUNT_UNITS, MONEY_UNITS, type UnitKind } from './units';

export type Malformed = 'double-point' | 'trailing-point' | 'unit-typo' | 'bad-separator';

export interface Amount {
  text: string; // as printed, unit included
  value: Decimal; // in `unit`, sign applied
  decimals: number; // printed precision
  unit: string; // canonical: 元 万元 亿元 千元 % 百分点 倍, a count unit, or ""
  kind: UnitKind;
  start: number; // offsets in the scanned string
  end: number;
  approx?: boolean; // 近…/约…/…余
  chinese?: boolean; // written in Chinese numerals
  malformed?: Malformed;
  /** The digits as printed, before repair ("9.0." for a double point). */
  raw?: string;
}

export interface EmptyCell {
  empty: true;
  text: string;
}

const EMPTY_TOKENS = new Set(['', '-', '--', '—', '——', '–', '－', '－－', '/', '／', '\\', '…', '...', '*', '×', 'x', 'X']);

const MONEY_ALIASES: [string, string, Malformed?][] = [
  ['万亿元', '万亿元'],
  ['亿元', '亿元'],
  ['万余元', '万元'],
  ['万多元', '万元'],
  ['万元', '万元'],
  ['千元', '千元'],
  ['万云', '万元', 'unit-typo'],
  ['亿云', '亿元', 'unit-typo'],
  ['千云', '千元', 'unit-typo'],
  ['余元', '元'],
  ['元', '元'],
  ['万', '万元'],
  ['亿', '亿元'],
];
const RATIO_ALIASES: [string, string, UnitKind][] = [
  ['个百分点', '百分点', 'points'],
  ['百分点', '百分点', 'points'],
  ['%', '%', 'percent'],
  ['倍', '倍', 'times'],
];

const UNIT_ALTERNATION = [...MONEY_ALIASES.map((a) => a[0]), ...RATIO_ALIASES.map((a) => a[0]), ...COUNT_UNITS]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[()（）%]/g, (c) => '\\' + c))
  .join('|');

// A digit run: grouped thousands, or plain digits with points (extra points are kept to flag them).
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)*\.?)`;
const ARABIC = new RegExp(String.raw`(近|约|超过|逾)?([-+]?)${NUMBER}[ \t]*(${UNIT_ALTERNATION})?`, 'g');
const CN_NUMERAL = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿点]*';
const CHINESE = new RegExp(`(百分之)(${CN_NUMERAL})|(${CN_NUMERAL})(${UNIT_ALTERNATION})`, 'g');
const DATE_AFTER = /^[ \t]*(年|月|日|号|时|季度|周岁|岁|届|次会议|类|款|项|级|:\d)/;

function unitOf(printed: string | undefined): { unit: string; kind: UnitKind; malformed?: Malformed; approx?: boolean } {
  if (!printed) return { unit: '', kind: 'none' };
  const money = MONEY_ALIASES.find((a) => a[0] === printed);
  if (money) return { unit: money[1], kind: 'money', malformed: money[2], approx: printed.includes('余') || printed.includes('多') };
  const ratio = RATIO_ALIASES.find((a) => a[0] === printed);
  if (ratio) return { unit: ratio[1], kind: ratio[2] };
  return { unit: printed, kind: 'count' };
}

function u0(unitText: string | undefined): UnitKind {
  return unitOf(unitText).kind;
}

/** Repairs the digits of a printed number; returns the clean string and what was wrong. */
function cleanDigits(raw: string): { plain: string; malformed?: Malformed } {
  let plain = raw.replace(/,/g, '');
  let malformed: Malformed | undefined;
  if (plain.endsWith('.')) {
    plain = plain.slice(0, -1);
    malformed = plain.includes('.') ? 'double-point' : 'trailing-point';
  }
  const points = plain.split('.').length - 1;
  if (points > 1) {
    // "1.2.3": keep the first point; the rest is damage.
    const [int, ...rest] = plain.split('.');
    plain = `${int}.${rest.join('')}`;
    malformed = 'double-point';
  }
  return { plain, malformed };
}

/** Finds every number in running text, with its unit and offsets. Dates and years are skipped. */
export function scanAmounts(text: string): Amount[] {
  // Same length as text, so offsets carry over. A full-width "，" counts as a thousands separator
  // only when a decimal part follows ("1，253.18"); otherwise it is the list separator.
  const s = toAsciiDigits(text).replace(/(?<![\d.])(\d{1,3})，(\d{3})(?=\.\d)/g, '$1,$2');
  const out: Amount[] = [];
  for (const m of s.matchAll(ARABIC)) {
    const [whole, approxWord, sign, digits, unitText] = m;
    const start = m.index! + (approxWord?.length ?? 0);
    const before = s[start - 1] ?? '';
    if (/[A-Za-z_]/.test(before)) continue; // part of an identifier ("P0202603")
    const after = s[m.index! + whole.length] ?? '';
    if (!unitText && /[[【〔]/.test(before) && /[\]】〕]/.test(after)) continue; // document number: 盘财预发[2018]15号
    const afterIdx = m.index! + whole.length;
    if (!unitText && DATE_AFTER.test(s.slice(afterIdx, afterIdx + 4))) continue;
    // "1.收入预算…", "10.项目支出：" at a line start are list markers, not malformed numbers.
    const listMarker = /^\d+\.$/.test(digits) && !sign && (start === 0 || /\s/.test(before));
    // "12、住房保障支出…" — a numbered item's marker.
    if (!unitText && /^\d+$/.test(digits) && (s[afterIdx] === '、' || s[afterIdx] === '．') && (start === 0 || /[\s。；：]/.test(before)))
      continue;
    // "（01项）", "（204类）": a classification code, not a count.
    if (unitText && /^[类款项]$/.test(unitText) && /[)）]/.test(s[afterIdx] ?? '')) continue;
    if ((listMarker && u0(unitText) !== 'money') || (!unitText && digits.endsWith('.') && !digits.slice(0, -1).includes('.'))) continue;
    const { plain, malformed: digitDamage } = cleanDigits(digits);
    const u = unitOf(unitText);
    let endIdx = afterIdx;
    let trimmedDigits = digits;
    if (!unitText && digits.endsWith('.')) {
      endIdx -= 1;
      trimmedDigits = digits.slice(0, -1);
    }
    out.push({
      text: text.slice(start, endIdx),
      value: new Decimal((sign === '-' ? '-' : '') + plain),
      decimals: printedDecimals(plain),
      unit: u.unit,
      kind: u.kind,
      start,
      end: endIdx,
      approx: Boolean(approxWord) || u.approx || undefined,
      malformed: digitDamage ?? u.malformed,
      raw: trimmedDigits !== plain ? trimmedDigits : undefined,
    });
  }
  for (const m of s.matchAll(CHINESE)) {
    const start = m.index!;
    if (out.some((a) => start < a.end && a.start < start + m[0].length)) continue;
    if (s[start - 1] === '第') continue; // ordinal: 第一部分
    const percent = Boolean(m[1]);
    const numeral = percent ? m[2] : m[3];
    const value = chineseToDecimal(numeral);
    if (value === null) continue;
    const u = percent ? { unit: '%', kind: 'percent' as UnitKind } : unitOf(m[4]);
    out.push({
      text: text.slice(start, start + m[0].length),
      value: new Decimal(value),
      decimals: printedDecimals(value),
      unit: u.unit,
      kind: u.kind,
      start,
      end: start + m[0].length,
      chinese: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Reads one table cell: a number (with optional unit, thousands separators, spaces between digit
 * groups, parentheses or a minus for negatives), an empty token, or null for a label.
 */
export function parseCell(text: string): Amount | EmptyCell | null {
  const trimmed = text.trim();
  const s = toAsciiDigits(trimmed)
    .replace(/\s+/g, ' ')
    .replace(/(\d)，(?=\d{3}(?!\d))/g, '$1,');
  if (EMPTY_TOKENS.has(s)) return { empty: true, text };
  let body = s;
  let negative = false;
  const paren = /^[(（]\s*(.+?)\s*[)）]$/.exec(body);
  if (paren) {
    negative = true;
    body = paren[1];
  }
  if (/^-\s*/.test(body)) {
    negative = !negative;
    body = body.replace(/^-\s*/, '');
  }
  body = body.replace(/^\+/, '');
  // "2 116.76": spaces used as thousands separators by some extractors.
  if (/^\d{1,3}( \d{3})+(\.\d+)?$/.test(body)) body = body.replace(/ /g, '');
  const m = new RegExp(`^${NUMBER}\\s*(${UNIT_ALTERNATION})?$`).exec(body);
  if (!m) {
    const cn = chineseToDecimal(s); // not `body`: "（一）" is a list marker, not −1
    if (cn === null) return null;
    return {
      text,
      value: new Decimal(cn),
      decimals: printedDecimals(cn),
      unit: '',
      kind: 'none',
      start: 0,
      end: text.length,
      chinese: true,
    };
  }
  const { plain, malformed } = cleanDigits(m[1]);
  const u = unitOf(m[2]);
  const value = new Decimal(plain);
  return {
    text,
    value: negative ? value.negated() : value,
    decimals: printedDecimals(plain),
    unit: u.unit,
    kind: u.kind,
    start: 0,
    end: text.length,
    malformed: malformed ?? u.malformed,
    raw: m[1].replace(/,/g, '') !== plain ? m[1] : undefined,
  };
}

export function isEmptyCell(x: Amount | EmptyCell | null): x is EmptyCell {
  return x !== null && 'empty' in x;
}

export function isAmount(x: Amount | EmptyCell | null): x is Amount {
  return x !== null && !('empty' in x);
}

export { MONEY_UNITS };
