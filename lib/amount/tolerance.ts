// The rounding-tolerance policy of domain.md §B.7, in one place.
// Every printed value with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (calc-1.1 style);
// an identity "holds within rounding" when the intervals of both sides overlap.
import Decimal from 'decimal.js';

Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export type Profile = 'interval' | 'strict';

export interface Tolerance {
  profile: Profile;
}

export const DEFAULT_TOLERANCE: Tolerance = { profile: 'interval' };

/** Ratios this close to 10⁴ (or 10⁻⁴) mean 元 was printed where 万元 was meant, or the reverse. */
export const UNIT_ERROR_RATIO_LOW = 9_000;
export const UNIT_ERROR_RATIO_HIGH = 11_000;

export interface Operand {
  value: Decimal;
  decimals: number;
  /** Half-width of the value's interval when it is derived (e.g. v − Δ); defaults to ½ unit in the last place. */
  halfWidth?: Decimal;
}

export type Outcome = 'pass' | 'rounding' | 'fail';

/** A text in both UI languages (lib/findings' Localized, declared here because amount is the lowest layer). */
export interface Words {
  zh: string;
  en: string;
}

export interface Verdict {
  status: Outcome;
  expected: Decimal; // what the identity computes
  actual: Decimal; // what is printed
  difference: Decimal; // actual − expected
  allowed: Decimal; // the slack that counts as rounding
  unitError: boolean;
  /** The tolerance in words, in both languages: "±0.025 (rounding interval of 5 printed values)". */
  toleranceText: Words;
}

const HALF = new Decimal('0.5');

/** Half a unit in the last printed place; a printed zero is taken as exact (no money, not a rounded value). */
export function halfUlp(op: Operand): Decimal {
  if (op.halfWidth) return op.halfWidth;
  if (op.value.isZero()) return new Decimal(0);
  return HALF.times(new Decimal(10).pow(-op.decimals));
}

export function ulp(decimals: number): Decimal {
  return new Decimal(10).pow(-decimals);
}

function isUnitError(actual: Decimal, expected: Decimal): boolean {
  if (actual.isZero() || expected.isZero()) return false;
  const r = actual.div(expected).abs();
  const inv = expected.div(actual).abs();
  return (r.gte(UNIT_ERROR_RATIO_LOW) && r.lte(UNIT_ERROR_RATIO_HIGH)) || (inv.gte(UNIT_ERROR_RATIO_LOW) && inv.lte(UNIT_ERROR_RATIO_HIGH));
}

interface Slack {
  allowed: Decimal;
  text: Words;
  /** Rounding intervals are half-open ([v − h, v + h)), so a difference of exactly `allowed` cannot come from rounding. */
  open?: boolean;
}

function slack(operands: Operand[], total: Operand, tol: Tolerance, readAtTotalPrecision = true): Slack {
  if (tol.profile === 'strict') {
    const allowed = ulp(total.decimals);
    return {
      allowed,
      text: { en: `±${allowed.toString()} (strict: one unit in the last place)`, zh: `±${allowed.toString()}（严格：末位一个单位）` },
    };
  }
  // An operand printed with fewer decimals than the total ("资本性支出20万元" beside "2116.76万元") is
  // read at the total's precision: trailing zeros dropped, not a coarser rounding. This is the
  // ½·10⁻ᵈ·(n+1) interval of domain.md §B.7 with d the total's printed precision.
  const atTotalPrecision = (op: Operand): Operand =>
    op.halfWidth || !readAtTotalPrecision ? op : { ...op, decimals: Math.max(op.decimals, total.decimals) };
  const allowed = operands.reduce((acc, op) => acc.plus(halfUlp(atTotalPrecision(op))), halfUlp(total));
  const open = [...operands, total].every((op) => !op.halfWidth);
  const bound = `${open ? '<' : '±'}${allowed.toString()}`;
  return {
    allowed,
    open,
    text: {
      en: `${bound} (rounding interval of ${operands.length + 1} printed values)`,
      zh: `${bound}（${operands.length + 1} 个印刷数值的舍入区间）`,
    },
  };
}

/** total = Σ parts (signs already applied to the parts). */
export function compareSum(parts: Operand[], total: Operand, tol: Tolerance = DEFAULT_TOLERANCE): Verdict {
  const expected = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
  const v = judge(expected, total.value, slack(parts, total, tol));
  // The other documented reading of a part printed with fewer decimals than its total ("3990.4" among
  // two-decimal cells): rounded itself, not trailing zeros dropped. A fail must survive it too.
  if (v.status !== 'fail' || tol.profile === 'strict' || !parts.some((p) => !p.halfWidth && p.decimals < total.decimals)) return v;
  const coarse = judge(expected, total.value, slack(parts, total, tol, false));
  if (coarse.status === 'fail') return v;
  const t = coarse.toleranceText;
  return {
    ...coarse,
    status: 'rounding',
    toleranceText: {
      en: `${t.en}; a part printed with fewer decimals read as rounded itself`,
      zh: `${t.zh}；小数位较少的一项按其本身已四舍五入理解`,
    },
  };
}

/**
 * Two printings of the same quantity (possibly at different precisions). Printed values: compared
 * at the coarser precision (domain.md §B.7 point 3, the DQC rule) — the finer one rounded half up,
 * or truncated, must give the coarser one; at equal precision they must be identical, since one
 * amount rounds the same way twice. Derived values (v − Δ, with a halfWidth) keep their interval.
 */
export function compareEqual(a: Operand, b: Operand, tol: Tolerance = DEFAULT_TOLERANCE): Verdict {
  if (tol.profile === 'strict' || a.halfWidth || b.halfWidth) return judge(a.value, b.value, slack([a], b, tol, false));
  const [fine, coarse] = a.decimals >= b.decimals ? [a, b] : [b, a];
  const d = coarse.decimals;
  const atCoarse = [fine.value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP), fine.value.toDecimalPlaces(d, Decimal.ROUND_DOWN)];
  const sameAtCoarse = atCoarse.some((v) => v.eq(coarse.value));
  const allowed = fine.decimals > d ? halfUlp({ value: new Decimal(1), decimals: d }) : new Decimal(0);
  const text: Words =
    fine.decimals > d
      ? { en: `the finer figure rounded or truncated to ${d} decimals`, zh: `较精确的数字四舍五入或截断到 ${d} 位小数后相同` }
      : { en: 'one amount printed twice at the same precision: identical', zh: '同一金额以相同精度印了两次：应完全相同' };
  const difference = b.value.minus(a.value);
  const status: Outcome = difference.isZero() ? 'pass' : sameAtCoarse ? 'rounding' : 'fail';
  return {
    status,
    expected: a.value,
    actual: b.value,
    difference,
    allowed,
    unitError: status === 'fail' && isUnitError(b.value, a.value),
    toleranceText: text,
  };
}

function judge(expected: Decimal, actual: Decimal, s: Slack): Verdict {
  const difference = actual.minus(expected);
  let status: Outcome = 'fail';
  if (difference.isZero()) status = 'pass';
  else if (s.open ? difference.abs().lt(s.allowed) : difference.abs().lte(s.allowed)) status = 'rounding';
  return {
    status,
    expected,
    actual,
    difference,
    allowed: s.allowed,
    unitError: status === 'fail' && isUnitError(actual, expected),
    toleranceText: s.text,
  };
}

export interface PercentVerdict extends Verdict {
  /** The exact ratio in percent, and the range the printed inputs allow. */
  computed: Decimal;
  range: [Decimal, Decimal];
  /** The stated figure matches the ratio without the ×100 (or ×100 too many). */
  scaleError: boolean;
}

function interval(op: Operand): [Decimal, Decimal] {
  const h = halfUlp(op);
  return [op.value.minus(h), op.value.plus(h)];
}

/**
 * stated% = numerator / denominator × 100. `pass` when the exact ratio rounds (half up) to the
 * stated figure at its printed precision; `rounding` when only the printed inputs' intervals allow
 * it; `fail` otherwise.
 */
export function comparePercent(
  stated: Operand,
  numerator: Operand,
  denominator: Operand,
  tol: Tolerance = DEFAULT_TOLERANCE,
): PercentVerdict {
  const hundred = new Decimal(100);
  const computed = denominator.value.isZero() ? new Decimal(NaN) : numerator.value.div(denominator.value).times(hundred);
  const [nLo, nHi] = interval(numerator);
  const [dLo, dHi] = interval(denominator);
  const candidates =
    dLo.gt(0) || dHi.lt(0) ? [nLo.div(dLo), nLo.div(dHi), nHi.div(dLo), nHi.div(dHi)].map((x) => x.times(hundred)) : [computed];
  const lo = Decimal.min(...candidates);
  const hi = Decimal.max(...candidates);
  const h = tol.profile === 'strict' ? ulp(stated.decimals) : halfUlp({ value: new Decimal(1), decimals: stated.decimals });
  const sLo = stated.value.minus(h);
  const sHi = stated.value.plus(h);
  let status: Outcome = 'fail';
  // Some publishers truncate percentages (10.158% printed 10.15%): within the truncation interval
  // the figure holds, shown as `rounding` (domain.md §B.7 item 3).
  const truncated =
    computed.isFinite() &&
    computed.abs().toDecimalPlaces(stated.decimals, Decimal.ROUND_DOWN).eq(stated.value.abs()) &&
    computed.isNegative() === stated.value.isNegative();
  if (computed.isFinite() && computed.toDecimalPlaces(stated.decimals).eq(stated.value)) status = 'pass';
  else if (computed.isFinite() && ((hi.gte(sLo) && lo.lte(sHi)) || truncated)) status = 'rounding';
  const scaleError =
    status === 'fail' &&
    computed.isFinite() &&
    !computed.isZero() &&
    (computed.div(hundred).minus(stated.value).abs().lte(h) || computed.times(hundred).minus(stated.value).abs().lte(h.times(hundred)));
  return {
    status,
    expected: computed.isFinite() ? computed.toDecimalPlaces(Math.max(stated.decimals, 2)) : computed,
    actual: stated.value,
    difference: computed.isFinite() ? stated.value.minus(computed) : computed,
    allowed: h,
    unitError: false,
    scaleError,
    computed,
    range: [lo, hi],
    toleranceText:
      tol.profile === 'strict'
        ? { en: `±${h.toString()} percentage points (strict)`, zh: `±${h.toString()} 个百分点（严格）` }
        : {
            en: `stated ${stated.value.toFixed(stated.decimals)}% stands for [${sLo.toString()}, ${sHi.toString()}); inputs allow [${lo.toFixed(3)}, ${hi.toFixed(3)}]%`,
            zh: `所述 ${stated.value.toFixed(stated.decimals)}% 代表 [${sLo.toString()}, ${sHi.toString()})；按输入数字可为 [${lo.toFixed(3)}, ${hi.toFixed(3)}]%`,
          },
  };
}
