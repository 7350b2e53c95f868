// Shared arithmetic for "whole = Σ parts" claims in the narrative: unit reconciliation, the
// tolerance verdict, and a finding with every operand as evidence.
import { Decimal, compareSum, yuanFactor, type Operand, type Verdict } from '../../amount';
import type { Quantity } from '../../claims';
import type { FindingDraft, RuleContext, Status } from '../types';
import { quantityValue, textEvidence } from './anchor';

export type { FindingDraft } from '../types';

/** A quantity as an operand in `unit` (exact scaling; precision follows the scale). */
/** Counts of discrete things (个, 辆, 名…) are exact; only measures like 平方米 are rounded. */
const MEASURED_COUNT_UNITS = new Set(['平方米', '公里', '千米', '米', '吨', '亩', '小时']);
const EXACT = new Decimal(0);

export function operandIn(q: Quantity, unit: string): Operand {
  if (q.amount.kind === 'count' && !MEASURED_COUNT_UNITS.has(q.amount.unit))
    return { value: q.amount.value, decimals: 0, halfWidth: EXACT };
  const from = yuanFactor(q.amount.unit);
  const to = yuanFactor(unit);
  if (q.amount.kind !== 'money' || !from || !to || from === to) return { value: q.amount.value, decimals: q.amount.decimals };
  const factor = new Decimal(from).div(to);
  const shift = Math.round(Math.log10(to / from));
  return { value: q.amount.value.times(factor), decimals: Math.max(0, q.amount.decimals + shift) };
}

export function fmt(d: Decimal, decimals = 2): string {
  return d.toFixed(Math.max(0, Math.min(decimals, 8)));
}

export interface SumOptions {
  /** "eq": whole = Σ parts; "ge": whole ≥ Σ parts (a subset). */
  relation: 'eq' | 'ge';
  /** For "eq": the wording presents the list as exhaustive; a shortfall is then a failure. */
  complete: boolean;
  wholeLabel?: string;
}

export interface SumOutcome {
  status: Status;
  verdict: Verdict;
  shortfall: boolean; // parts add up to less than the whole
}

export function judgeSum(whole: Quantity, parts: Quantity[], ctx: RuleContext, opts: SumOptions): SumOutcome {
  const unit = whole.amount.unit;
  const total = operandIn(whole, unit);
  const ops = parts.map((p) => operandIn(p, unit));
  const verdict = compareSum(ops, total, ctx.tolerance);
  const shortfall = verdict.difference.gt(0); // whole − Σ > 0
  let status: Status = verdict.status;
  if (verdict.status === 'fail' && shortfall) {
    if (opts.relation === 'ge') status = 'pass';
    else if (!opts.complete) status = 'unverifiable';
  }
  return { status, verdict, shortfall };
}

export function sumFinding(
  rule: string,
  whole: Quantity,
  parts: Quantity[],
  ctx: RuleContext,
  opts: SumOptions,
  messageId: (o: SumOutcome) => string,
): FindingDraft {
  const { doc } = ctx;
  const o = judgeSum(whole, parts, ctx, opts);
  const unit = whole.amount.unit;
  const partsText = parts.map((p) => fmt(operandIn(p, unit).value, operandIn(p, unit).decimals)).join(' + ');
  const rel = opts.relation === 'ge' ? '≤' : '=';
  const data = {
    sum: fmt(o.verdict.expected, Math.max(...parts.map((p) => operandIn(p, unit).decimals))),
    whole: whole.amount.text,
    unit,
    diff: o.verdict.difference.abs().toString(),
    n: String(parts.length),
    label: opts.wholeLabel ?? whole.label,
  };
  const sentence = ctx.claims.sentences[whole.sentence];
  const last = parts.at(-1)!;
  const evidence = [textEvidence(doc, sentence.block, sentence.start, sentence.end)];
  if (last.block !== whole.block) {
    const s2 = ctx.claims.sentences[last.sentence];
    evidence.push(textEvidence(doc, s2.block, s2.start, s2.end));
  }
  return {
    rule,
    status: o.status,
    messageId: messageId(o),
    data,
    formula: `${partsText} ${rel} ${fmt(whole.amount.value, whole.amount.decimals)}${unit ? ' ' + unit : ''}`,
    values: [quantityValue(doc, whole, opts.wholeLabel ?? whole.label), ...parts.map((p) => quantityValue(doc, p))],
    expected: `${data.sum} ${unit}`.trim(),
    actual: `${fmt(whole.amount.value, whole.amount.decimals)} ${unit}`.trim(),
    difference: o.verdict.difference.toString(),
    tolerance: o.verdict.toleranceText,
    evidence,
  };
}
