// No false alarms: a `fail` stands only when the reading behind it is trustworthy.
// A table whose structure was misread (a subtotal counted twice, a column taken for another)
// fails the same identity everywhere; a real misprint fails it in one place while it holds in
// the rows around it. Fails that look like misreadings become `unverifiable`, with the reason.
import { Decimal } from '../../amount';
import type { Finding, Lang } from '../types';

/** Rules whose fails depend on how a table or sentence was read, not only on arithmetic. */
const READ_DEPENDENT = /^(W\d+|X\d+|N11|N3|N1)$/;
/** In a column checked at least this many times, an identity failing in more than a third of its
 *  checks is taken as a misread column, not as misprints. */
export const MIN_POPULATION = 3;
/** A generic list summing to more than this multiple of its whole was read against the wrong whole. */
export const FAR_OVER = 1.5;

const NOTE: Record<string, Record<Lang, string>> = {
  zero: {
    zh: '（总数为空或为零，可能未读到该单元格，未作为错误报告）',
    en: ' (the total is blank or zero, possibly a cell not read; not reported as an error)',
  },
  zeroParts: {
    zh: '（所列各项均为空或零，可能是折行的名称而非明细，未作为错误报告）',
    en: ' (every part is blank or zero, likely a wrapped name rather than real parts; not reported as an error)',
  },
  multiple: {
    zh: '（各项之和恰为总数的整数倍，疑似重复计入了小计，未作为错误报告）',
    en: ' (the parts add up to a whole multiple of the total, as if a subtotal were counted twice; not reported as an error)',
  },
  extraPart: {
    zh: '（差额恰等于其中一项，疑似多计入了一项，未作为错误报告）',
    en: ' (the difference equals one of the parts, as if one part belonged elsewhere; not reported as an error)',
  },
  farOver: {
    zh: '（所列各项远超总数，疑为与另一总数对应，未作为错误报告）',
    en: ' (the listed parts far exceed this total, as if they belonged to another; not reported as an error)',
  },
  unsupported: {
    zh: '（该表中此项核对多处不符，更可能是表格结构未被正确识别，未作为错误报告）',
    en: ' (this identity fails across this table, which points to a misread table rather than misprints; not reported as an error)',
  },
};

/** A fail worded as a 元/万元 slip (the sum rules say so in their message). */
export const unitSlip = (f: Finding): boolean => /万倍|10,000 times/.test(f.message);

function num(s: string | null): Decimal | null {
  if (!s) return null;
  const m = /-?\d+(\.\d+)?/.exec(s);
  return m ? new Decimal(m[0]) : null;
}

function misreading(f: Finding): keyof typeof NOTE | null {
  const total = num(f.actual);
  const sum = num(f.expected);
  if (total === null || sum === null) return null;
  if (total.isZero() && !sum.isZero() && f.values[0]?.table) return 'zero';
  if (sum.isZero() && !total.isZero() && f.values[0]?.table && f.values.length > 1) return 'zeroParts';
  if (unitSlip(f)) return null; // a 元/万元 slip is reported as what it is
  if (!total.isZero()) {
    const k = sum.div(total);
    // Two to four times the total: subtotals counted with their own parts (a ×10 is a typo, not this).
    if (k.gte(2) && k.lt(5) && k.minus(k.round()).abs().lt(0.0005)) return 'multiple';
  }
  const diff = sum.minus(total).abs();
  const parts = f.values.slice(1).map((v) => (v.value === null ? null : new Decimal(v.value)));
  // A generic "其中" list adding up to far more than its whole was joined to the wrong whole.
  if (f.rule === 'N11' && !f.table && sum.gt(total.times(FAR_OVER))) return 'farOver';
  if (f.values.length > 2 && sum.gt(total) && parts.some((p) => p && !p.isZero() && p.abs().minus(diff).abs().lte(diff.times(0.0001))))
    return 'extraPart';
  return null;
}

export function applyPlausibility(findings: Finding[], lang: Lang): void {
  const support = new Map<string, { pass: number; fail: number }>();
  // Support is counted per table, identity and total column: one misread column group fails alone.
  const key = (f: Finding) => `${f.table ?? ''}|${f.rule}|${f.values[0]?.col ?? ''}`;
  // One misprinted cell fails every identity it enters (a 类 against its 款 and against the 合计):
  // fails sharing a cell count as one place.
  const failedCells = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.table || !READ_DEPENDENT.test(f.rule)) continue;
    const s = support.get(key(f)) ?? { pass: 0, fail: 0 };
    if (f.status === 'pass' || f.status === 'rounding') s.pass++;
    if (f.status === 'fail') {
      const seen = failedCells.get(key(f)) ?? new Set<string>();
      const cells = cellSet(f).split('|').filter(Boolean);
      if (!cells.some((c) => seen.has(c))) s.fail++;
      for (const c of cells) seen.add(c);
      failedCells.set(key(f), seen);
    }
    support.set(key(f), s);
  }
  for (const f of findings) {
    if (f.status !== 'fail' || !READ_DEPENDENT.test(f.rule)) continue;
    let reason = misreading(f);
    const s = f.table ? support.get(key(f)) : undefined;
    // Within-table identities need support from the rest of their table; a cross-table equality is one
    // comparison of two totals and stands on the misreading checks alone.
    if (!reason && s && f.rule.startsWith('W') && s.pass + s.fail >= MIN_POPULATION && s.fail > s.pass / 2) reason = 'unsupported';
    if (reason) {
      f.status = 'unverifiable';
      f.misread = reason;
      f.message += NOTE[reason][lang];
    }
  }
  oneVerdict(findings, lang);
}

/** The cells a finding compares, as a set key ("t3:4:2|t3:5:2"); empty when it uses no table cell. */
export function cellSet(f: Finding): string {
  return f.values
    .filter((v) => v.table)
    .map((v) => `${v.table}:${v.row}:${v.col}`)
    .sort()
    .join('|');
}

/**
 * One verdict per printed inconsistency: when the same cells fail in one finding and are withheld
 * as a probable misreading in another, the misreading evidence holds for both.
 */
function oneVerdict(findings: Finding[], lang: Lang): void {
  const withheld = new Map<string, Finding>();
  for (const f of findings) if (f.misread && cellSet(f)) withheld.set(cellSet(f), f);
  for (const f of findings) {
    const u = f.status === 'fail' ? withheld.get(cellSet(f)) : undefined;
    if (!u || !cellSet(f)) continue;
    f.status = 'unverifiable';
    f.misread = u.misread;
    f.message += NOTE[u.misread!][lang];
  }
}
