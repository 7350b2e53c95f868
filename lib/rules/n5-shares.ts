// N5: "a万元，占X%" — the share equals the amount ÷ its denominator. A named denominator
// ("占政府采购预算总额的…") is looked up by name; an implied one is the total the sentence (or the
// one before it) opens with, and since that reading is a guess, a mismatch there is only unverifiable.
import { inSentence, type Quantity, type ShareClaim } from '../claims';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { operandIn } from './support/sum-finding';
import { percentFinding } from './support/percent-finding';
import { quantityValue, textEvidence } from './support/anchor';
import { findByKey } from './support/lookup';
import type { Messages } from './support/message';
import { Decimal } from '../amount';

const MESSAGES: Messages = {
  pass: { zh: '{part} 占 {den} 的 {stated}%，计算相符', en: '{part} is {stated}% of {den}: correct' },
  rounding: {
    zh: '{part} 占 {den} 的比例为 {computed}%，与所述 {stated}% 在四舍五入范围内相符',
    en: '{part} is {computed}% of {den}, agreeing with the stated {stated}% within rounding',
  },
  fail: { zh: '{part} 占 {den} 的比例应为 {computed}%，文中为 {stated}%', en: '{part} is {computed}% of {den}, not the stated {stated}%' },
  unsure: {
    zh: '所述占比 {stated}%：若以 {den} 为分母应为 {computed}%；分母未写明，无法确认',
    en: 'A share of {stated}% is stated; against {den} it would be {computed}%, but the denominator is not named, so this cannot be confirmed',
  },
  partsSum: {
    zh: '所述占比 {stated}%：以“{den}”{total} 为分母应为 {computed}%，但以同段所列各项之和 {sum} 为分母则相符（{den}可能含未列出的项目，如结转结余），无法确定所指',
    en: 'A share of {stated}% is stated; against {den} {total} it would be {computed}%, but against the sum of the items listed with it ({sum}) it holds — {den} may include items not listed (e.g. carry-overs), so which total is meant cannot be told',
  },
  missing: {
    zh: '所述占比 {stated}%：找不到其分母“{of}”的数额，无法核实',
    en: 'A share of {stated}% is stated, but its denominator "{of}" was not found',
  },
};

/** Totals the share may be of: the whole of its list, and the opening amounts of nearby sentences. */
function impliedDenominators(ctx: RuleContext, c: ShareClaim): Quantity[] {
  const out: Quantity[] = [];
  const inList = ctx.claims.parts.find((p) => p.parts.includes(c.part!))?.whole;
  if (inList) out.push(inList);
  const block = ctx.claims.sentences[c.sentence].block;
  for (let si = c.sentence; si >= 0 && ctx.claims.sentences[si].block >= block - 1; si--) {
    const head = inSentence(ctx.claims.quantities, si).find((q) => q.amount.kind === 'money' && !q.changeWord);
    if (head && head !== c.part && head.amount.value.gt(c.part!.amount.value)) out.push(head);
  }
  return out;
}

function one(ctx: RuleContext, c: ShareClaim): FindingDraft | undefined {
  if (!c.part) return undefined;
  const s = ctx.claims.sentences[c.sentence];
  const evidence = [textEvidence(ctx.doc, s.block, s.start, s.end)];
  const named = Boolean(c.ofKey);
  const stated = c.percent.amount.value.toString();
  const candidates = named ? [findByKey(ctx, c.ofKey)].filter((q): q is Quantity => Boolean(q)) : impliedDenominators(ctx, c);
  const tried = candidates.map((den) => build(ctx, c, den, named, evidence));
  const hit = tried.find((f) => f.status === 'pass' || f.status === 'rounding');
  if (hit) return hit;
  if (tried.length) return partsReading(ctx, c, tried[0]) ?? tried[0];
  if (!named) return undefined;
  return {
    rule: 'N5',
    status: 'unverifiable',
    messageId: 'missing',
    data: { stated, of: c.of },
    formula: '',
    values: [quantityValue(ctx.doc, c.percent)],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence,
  };
}

/**
 * The documented alternative reading of "占本年支出的p%": the total of the items listed together
 * (基本支出 + 项目支出), when the named total also holds what the list leaves out (年终结转结余).
 */
function partsReading(ctx: RuleContext, c: ShareClaim, named: FindingDraft): FindingDraft | undefined {
  if (named.status !== 'fail') return undefined;
  const block = ctx.claims.sentences[c.sentence].block;
  const siblings = ctx.claims.shares.filter(
    (o) =>
      o !== c &&
      o.part &&
      o.ofKey === c.ofKey &&
      Math.abs(ctx.claims.sentences[o.sentence].block - block) <= 2 &&
      o.part.amount.unit === c.part!.amount.unit,
  );
  if (!siblings.length) return undefined;
  const sum = siblings.reduce((acc, o) => acc.plus(o.part!.amount.value), c.part!.amount.value);
  if (sum.isZero()) return undefined;
  const computed = c.part!.amount.value.div(sum).times(100);
  const half = new Decimal(10).pow(-c.percent.amount.decimals).div(2);
  if (computed.minus(c.percent.amount.value).abs().gt(half.times(1.2))) return undefined;
  const den = named.values[1];
  return {
    ...named,
    status: 'unverifiable',
    messageId: 'partsSum',
    data: {
      stated: c.percent.amount.value.toString(),
      den: den?.label || c.of,
      total: den?.text ?? '',
      computed: (named.expected ?? '').replace(/%$/, ''),
      sum: `${sum.toString()}${c.part!.amount.unit}`,
    },
  };
}

function build(ctx: RuleContext, c: ShareClaim, den: Quantity, named: boolean, evidence: FindingDraft['evidence']): FindingDraft {
  const unit = den.amount.unit;
  const data = { part: c.part!.amount.text, den: `${den.label || c.of}${den.amount.text}` };
  const f = percentFinding(ctx, {
    rule: 'N5',
    stated: { value: c.percent.amount.value, decimals: c.percent.amount.decimals },
    numerator: operandIn(c.part!, unit),
    denominator: operandIn(den, unit),
    values: [quantityValue(ctx.doc, c.part!), quantityValue(ctx.doc, den), quantityValue(ctx.doc, c.percent)],
    evidence,
    formula: `${operandIn(c.part!, unit).value} / ${operandIn(den, unit).value}`,
    messageId: (status) => (status === 'fail' && !named ? 'unsure' : status),
    data,
  });
  if (f.status === 'fail' && !named) f.status = 'unverifiable';
  return f;
}

const rule: Rule = {
  meta: {
    id: 'N5',
    kind: 'hard',
    description: { zh: '所述占比等于该项数额除以其所属总数', en: 'A stated share equals the amount divided by the total it belongs to' },
    messages: MESSAGES,
  },
  check: (ctx) => ctx.claims.shares.map((c) => one(ctx, c)).filter((f): f is FindingDraft => Boolean(f)),
};
export default rule;
