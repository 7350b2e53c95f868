// Tick and tie, as auditors do on paper: numbers the reader picked on the page, their exact sum, and
// that sum against a total the reader picked, judged by the project's rounding policy (domain.md
// §B.7, lib/amount compareSum). The result is a finding of the reader's own (rule R1) that can carry a mark.
import { Decimal, compareSum, scanAmounts, yuanFactor, type Amount, type Operand, type Profile } from '../amount';
import type { BBox } from '../model';
import type { Finding, Lang, Status } from '../findings';
import { cellAmount } from '../tables';

export const TICK_TIE_RULE = 'R1';

/** A number the reader picked: a table cell (table/row/col) or an amount in the narrative. */
export interface Pick {
  text: string; // as printed
  page: number;
  bbox?: BBox;
  /** The unit the number stands in when it prints none (a cell: its table's 单位 line). */
  unit?: string;
  label?: string; // the row or sentence it belongs to, for the reader
  table?: string;
  row?: number;
  col?: number;
  node?: string; // HTML element path
}

export interface TickTie {
  sum: Decimal | null; // null when a pick is not a number or the units cannot be reconciled
  /** The sum as printed at the parts' precision, with its unit ("178.42 万元"). */
  sumText: string | null;
  unit: string;
  unread: Pick[]; // picks that hold no single amount
  finding: Finding;
}

interface Read {
  pick: Pick;
  amount: Amount;
  unit: string;
}

/** One amount from a pick: a cell as the table reader takes it, a narrative pick only when it holds exactly one number. */
function readPick(p: Pick): Read | null {
  const cell = cellAmount(p.text);
  const amounts = cell ? [cell] : scanAmounts(p.text);
  if (amounts.length !== 1) return null;
  return { pick: p, amount: amounts[0], unit: amounts[0].unit || p.unit || '' };
}

/** The amount in `unit` (exact scaling between 元, 千元, 万元, 亿元; precision follows the scale). */
function operandIn(r: Read, unit: string): Operand | null {
  if (r.unit === unit || !r.unit || !unit) return { value: r.amount.value, decimals: r.amount.decimals };
  const from = yuanFactor(r.unit);
  const to = yuanFactor(unit);
  if (!from || !to) return null;
  return { value: r.amount.value.times(from).div(to), decimals: Math.max(0, r.amount.decimals + Math.round(Math.log10(to / from))) };
}

const WORDS = {
  sum: { zh: '读者核对：{n} 个数之和为 {sum}', en: "Reader's check: the {n} numbers add up to {sum}" },
  pass: { zh: '，与所选合计 {total} 相符', en: ', as the picked total {total}' },
  rounding: { zh: '，与所选合计 {total} 相差 {diff}，在舍入范围内', en: ', the picked total {total} differs by {diff}, within rounding' },
  fail: { zh: '，但所选合计为 {total}，相差 {diff}，超出舍入范围', en: ', but the picked total is {total}: {diff} apart, beyond rounding' },
  noTotal: { zh: '；未选合计，无从比较', en: '; no total picked to compare with' },
  unread: {
    zh: '读者核对：所选的 {what} 不是一个可读的数字，未计算',
    en: "Reader's check: the pick {what} is not one readable number; nothing was computed",
  },
  units: {
    zh: '读者核对：所选数字的单位不同（{what}），无法相加',
    en: "Reader's check: the picked numbers are in different units ({what}) and cannot be added",
  },
} as const;

const fill = (s: string, data: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => data[k] ?? '');

/**
 * Sums `parts` exactly and compares the sum with `total` (when picked). `id` makes the finding unique in
 * its report; its key (lib/findings/key.ts) comes from the picked numbers, so a mark on it survives.
 */
export function tickTie(parts: Pick[], total: Pick | undefined, opts: { lang: Lang; profile?: Profile; id?: string }): TickTie {
  const { lang } = opts;
  const picks = total ? [...parts, total] : parts;
  const reads = picks.map((p) => ({ p, r: readPick(p) }));
  const unread = reads.filter((x) => !x.r).map((x) => x.p);
  // Everything is summed in the total's unit (or the first part's, when no total is picked).
  const totalUnit = (total && reads[reads.length - 1].r?.unit) || reads.find((x) => x.r?.unit)?.r?.unit || '';
  const base = (status: Status, message: string, extra: Partial<Finding> = {}): Finding => ({
    id: opts.id ?? `${TICK_TIE_RULE}:1`,
    rule: TICK_TIE_RULE,
    status,
    message,
    formula: '',
    values: reads.map(({ p, r }, i) => ({
      label:
        p.label ?? (total && i === picks.length - 1 ? (lang === 'zh' ? '合计' : 'total') : `${lang === 'zh' ? '加数' : 'part'} ${i + 1}`),
      text: p.text.trim(),
      value: r ? r.amount.value.toString() : null,
      unit: r?.unit ?? '',
      page: p.page,
      ...(p.bbox ? { bbox: p.bbox } : {}),
      ...(p.node ? { node: p.node } : {}),
      ...(p.table !== undefined ? { table: p.table, row: p.row, col: p.col } : {}),
    })),
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence: picks.map((p) => ({
      page: p.page,
      text: p.text.trim(),
      ...(p.bbox ? { bbox: p.bbox } : {}),
      ...(p.node ? { node: p.node } : {}),
    })),
    ...extra,
  });
  if (unread.length) {
    return {
      sum: null,
      sumText: null,
      unit: totalUnit,
      unread,
      finding: base('unverifiable', fill(WORDS.unread[lang], { what: unread.map((p) => `“${p.text.trim()}”`).join('、') })),
    };
  }
  const ops = reads.map(({ r }) => operandIn(r!, totalUnit));
  if (ops.some((o) => !o)) {
    const units = [...new Set(reads.map(({ r }) => r!.unit || '—'))].join(', ');
    return { sum: null, sumText: null, unit: totalUnit, unread, finding: base('unverifiable', fill(WORDS.units[lang], { what: units })) };
  }
  const partOps = ops.slice(0, parts.length) as Operand[];
  const sum = partOps.reduce((acc, o) => acc.plus(o.value), new Decimal(0));
  const places = Math.max(0, ...partOps.map((o) => o.decimals));
  const sumText = `${sum.toFixed(places)}${totalUnit ? ` ${totalUnit}` : ''}`;
  const formulaParts = partOps.map((o) => o.value.toFixed(o.decimals)).join(' + ');
  const head = fill(WORDS.sum[lang], { n: String(parts.length), sum: sumText });
  if (!total) {
    return {
      sum,
      sumText,
      unit: totalUnit,
      unread,
      finding: base('unverifiable', head + WORDS.noTotal[lang], { formula: `${formulaParts} = ${sumText}`, expected: sumText }),
    };
  }
  const totalOp = ops[ops.length - 1]!;
  const v = compareSum(partOps, totalOp, { profile: opts.profile ?? 'interval' });
  const totalText = `${totalOp.value.toFixed(totalOp.decimals)}${totalUnit ? ` ${totalUnit}` : ''}`;
  const diff = v.difference.abs().toString();
  return {
    sum,
    sumText,
    unit: totalUnit,
    unread,
    finding: base(v.status, head + fill(WORDS[v.status][lang], { total: totalText, diff }), {
      formula: `${formulaParts} = ${sum.toFixed(places)}${{ pass: ' =', rounding: ' ≈', fail: ' ≠' }[v.status]} ${totalOp.value.toFixed(totalOp.decimals)}${totalUnit ? ` ${totalUnit}` : ''}`,
      expected: sumText,
      actual: totalText,
      difference: v.difference.toString(),
      tolerance: v.toleranceText[lang],
    }),
  };
}
