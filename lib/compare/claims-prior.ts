// For a "比上年…" statement of this year: what it is about, this year's figure, and last year's
// printed figure for the same thing (an aligned table line, else the same narrative quantity).
import { Decimal, compareEqual, printedDecimals, yuanFactor, type Operand } from '../amount';
import { labelKey, type ChangeClaim, type Claims, type Quantity } from '../claims';
import type { DisclosureDocument } from '../model';
import type { FindingValue, Lang } from '../rules';
import { quantityValue, operandIn } from '../rules';
import type { AlignedItem } from './align';
import { normName } from './items';
import { docLabel, labelledIn } from './label';

export interface PriorFigure {
  operand: Operand;
  unit: string;
  value: FindingValue;
  via: 'table' | 'narrative';
  /** Last year's name when the line was renamed (or merged) at the same code. */
  renamedFrom?: string;
  /** Not printed last year: the line is new in this year's tables (taken as 0, never a certain reading). */
  absent?: boolean;
}

const STRIP = /(预算数|预算|支出|收入|安排|总计|合计|资金|拨款|财政)/g;
const core = (s: string) => normName(labelKey(s)).replace(STRIP, '');

/** The subject and this year's figure: the claim's own, else the last figure before it in its paragraph. */
export function claimSubject(claims: Claims, c: ChangeClaim): { subject: string; current?: Quantity } {
  if (c.current) return { subject: c.subject || c.current.label, current: c.current };
  // Up to the stated change: "…收、支预算总计各 15897.44 万元，与上年相比…增加 2248.37 万元".
  const limit = Math.min(c.delta?.start ?? Infinity, c.percent?.start ?? Infinity, c.end);
  const before = claims.quantities
    .filter((q) => q.block === c.block && q.end <= limit && q.amount.kind === 'money' && !q.changeWord)
    .at(-1);
  return { subject: c.subject || before?.label || '', current: before };
}

function sameFigure(a: Operand, b: Operand): boolean {
  return compareEqual(a, b).status !== 'fail';
}

/** A printed cell as an operand in `unit` (exact scaling; precision follows the scale). */
export function operandOf(v: FindingValue, unit: string): Operand {
  const from = yuanFactor(v.unit) ?? 1;
  const to = yuanFactor(unit) ?? from;
  const decimals = printedDecimals(v.text.replace(/[^\d.]/g, ''));
  return { value: new Decimal(v.value ?? 0).times(from).div(to), decimals: Math.max(0, decimals + Math.round(Math.log10(to / from))) };
}

/** Table lines whose this-year value equals the claim's figure and whose name the subject contains. */
function fromTables(items: AlignedItem[], subject: string, current: Quantity, context: string): AlignedItem | undefined {
  // The figure's own label names the scope too ("财政拨款收、支总预算24458.43万元。…收、支预算总计各增加…").
  const s = normName(`${subject}${context}`).replace(/[（(][^）)]*[)）]/g, '');
  const unit = current.amount.unit;
  const cur = operandIn(current, unit);
  const hits = items.filter(
    (i) => i.currentValue && (i.priorValue || i.match === 'appeared') && sameFigure(operandOf(i.currentValue, unit), cur),
  );
  const named = hits.filter((i) => {
    const n = i.name.replace(/支出$/, '');
    return n.length >= 2 && s.includes(n);
  });
  // The most specific line (项 over 款 over 类) the subject names.
  // The 收支总表 (all funds) before the 财政拨款 tables: the narrative's 支出预算总计 section describes it.
  named.sort(
    (a, b) =>
      (b.level ?? 0) - (a.level ?? 0) || Number(b.role === 'summary') - Number(a.role === 'summary') || b.name.length - a.name.length,
  );
  if (named[0]) return named[0];
  // "收、支预算总计各…": the 收支总表's totals.
  if (/总计/.test(s)) {
    const t = hits.find((i) => i.key === 'summary:收入:收入总计' || i.key === 'summary:支出:支出总计');
    if (t) return t;
  }
  const key = core(subject);
  const same = key ? hits.find((i) => core(i.name) === key) : undefined;
  if (same) return same;
  // Same figure, a close name ("机关事业单位基本养老保险费（项）" for 机关事业单位基本养老保险缴费支出).
  const scored = hits
    .filter((i) => i.code)
    .map((i) => ({ i, d: dice(core(i.name), s) }))
    .sort((a, b) => b.d - a.d);
  return scored[0] && scored[0].d >= MIN_NAME_SIMILARITY ? scored[0].i : undefined;
}

/** Bigram overlap of two names a figure-equal table line must reach to count as the subject. */
export const MIN_NAME_SIMILARITY = 0.6;
/** Narrative labels of both years must share this long an ending ("…一般公共预算机关运行经费"). */
export const MIN_COMMON_ENDING = 5;

function bigrams(s: string): string[] {
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
}

/** Dice coefficient of a's bigrams found in b (a is the table name, b the subject and its context). */
function dice(a: string, b: string): number {
  const ba = bigrams(a),
    bb = new Set(bigrams(b));
  return ba.length ? ba.filter((g) => bb.has(g)).length / ba.length : 0;
}

function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Last year's narrative figure under the same name (first mention: the headline). */
function fromNarrative(prior: DisclosureDocument, priorClaims: Claims, subject: string): Quantity | undefined {
  const key = core(subject);
  if (key.length < 2) return undefined;
  const money = priorClaims.quantities.filter((q) => q.amount.kind === 'money' && !q.changeWord);
  // Labels differ in who speaks ("江苏省…办公厅部门2018年度…会议费" / "…会议费"): exact, else a long shared ending.
  return (
    money.find((q) => core(q.label) === key) ??
    money.find((q) => {
      const k = core(q.label);
      return commonEnding(k, key) >= Math.max(MIN_COMMON_ENDING, Math.min(k.length, key.length) * 0.6);
    })
  );
}

/** The words printed right before a figure (its label stops at "、": "财政拨款收、支总预算24458.43万元"). */
export const CONTEXT_CHARS = 24;

/**
 * Expense categories that are not classification lines (三公 sub-items, 会议费, 培训费, 机关运行经费):
 * last year's statement of the same kind first; in tables only an economic item of the same name,
 * never a function line (会议费 is not 政协会议) nor an item that merely contains the words.
 */
const EXPENSE_CATEGORY = /三公|因公出国|公务用车|公务接待|会议费|培训费|机关运行经费/;

function narrativeFigure(
  prior: DisclosureDocument,
  priorClaims: Claims,
  subject: string,
  unit: string,
  lang: Lang,
): PriorFigure | undefined {
  const q = fromNarrative(prior, priorClaims, subject);
  if (!q) return undefined;
  return {
    operand: operandIn(q, unit),
    unit,
    value: labelledIn(prior, quantityValue(prior, q), lang, prior.blocks[q.block]),
    via: 'narrative',
  };
}

export function priorFigure(
  prior: DisclosureDocument,
  priorClaims: Claims,
  items: AlignedItem[],
  subject: string,
  current: Quantity | undefined,
  unit: string,
  lang: Lang,
  context = '',
): PriorFigure | undefined {
  const category = EXPENSE_CATEGORY.test(subject);
  if (category) {
    const stated = narrativeFigure(prior, priorClaims, subject, unit, lang);
    if (stated) return stated;
    items = items.filter((i) => i.code?.startsWith('3') && subject.endsWith(i.name));
  }
  const item = current ? fromTables(items, subject, current, context) : undefined;
  if (item?.priorValue)
    return { operand: operandOf(item.priorValue, unit), unit, value: item.priorValue, via: 'table', renamedFrom: item.priorName };
  if (item) {
    // A line new this year: last year's document has none of it, i.e. 0.
    const v = item.currentValue!;
    return {
      operand: { value: new Decimal(0), decimals: 2 },
      unit,
      via: 'table',
      absent: true,
      value: {
        label:
          lang === 'zh'
            ? `${docLabel(prior, lang)}：${item.code ?? ''} ${item.name} — 上年表中没有（0）`
            : `${docLabel(prior, lang)}: ${item.code ?? ''} ${item.name} — not in last year's tables (0)`,
        text: '',
        value: '0',
        unit,
        page: 0,
        table: v.table,
      },
    };
  }
  return category ? undefined : narrativeFigure(prior, priorClaims, subject, unit, lang);
}
