// Y1: "比上年增加Δ，增长p%" with this year's v ⇒ last year = v − Δ, and p = Δ / (v − Δ).
import { halfUlp } from '../amount';
import { directionOf, type ChangeClaim } from '../claims';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { operandIn, fmt } from './support/sum-finding';
import { percentFinding } from './support/percent-finding';
import { quantityValue, textEvidence } from './support/anchor';
import { currentValue } from './support/lookup';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  pass: {
    zh: '{subject}{word}{delta}，上年应为 {prior}，变动率 {computed}% 与所述 {stated}% 相符',
    en: '{subject}: {word} {delta} implies last year {prior}; {computed}% matches the stated {stated}%',
  },
  rounding: {
    zh: '{subject}{word}{delta}，上年应为 {prior}，变动率 {computed}% 与所述 {stated}% 在四舍五入范围内相符',
    en: '{subject}: {word} {delta} implies last year {prior}; {computed}% agrees with the stated {stated}% within rounding',
  },
  fail: {
    zh: '{subject}{word}{delta}，上年应为 {prior}，变动率应为 {computed}%，而文中为 {stated}%',
    en: '{subject}: {word} {delta} implies last year {prior}, so the change is {computed}%, not the stated {stated}%',
  },
  failScale: {
    zh: '{subject}：所述 {stated}% 与实际比例 {computed}% 相差 100 倍，疑将比例误写为百分数',
    en: '{subject}: the stated {stated}% is 100 times off the computed {computed}% — a ratio written as a percentage',
  },
  noCurrent: {
    zh: '{subject}{word}{delta}（{stated}%）：文中找不到本年数，无法核算上年数和变动率',
    en: "{subject}: {word} {delta} ({stated}%) is stated, but this year's figure was not found, so it cannot be computed",
  },
  needPrior: {
    zh: '{subject}{word}{delta}，本年 {current}，推算上年为 {prior}；需上年文件核实（C1）',
    en: "{subject}: {word} {delta} from this year's {current} implies last year {prior}; last year's document is needed to verify it (C1)",
  },
  passBoth: {
    zh: '{subject}：上年 {prior}、本年 {current}，变动率 {computed}% 与所述{pword}{stated}% 相符',
    en: '{subject}: last year {prior}, this year {current}: {computed}% matches the stated {pword} {stated}%',
  },
  roundingBoth: {
    zh: '{subject}：上年 {prior}、本年 {current}，变动率 {computed}% 与所述{pword}{stated}% 在四舍五入范围内相符',
    en: '{subject}: last year {prior}, this year {current}: {computed}% agrees with the stated {pword} {stated}% within rounding',
  },
  failBoth: {
    zh: '{subject}：上年 {prior}、本年 {current}，实际变动 {delta}（{computed}%），而文中为{pword}{stated}%',
    en: '{subject}: last year {prior}, this year {current}: the change is {delta} ({computed}%), not the stated {pword} {stated}%',
  },
  percentOnly: {
    zh: '{subject}{pword}{stated}%：文中无变动额，需上年文件核实',
    en: "{subject}: {pword} {stated}% is stated without an amount; last year's document is needed to verify it",
  },
};

function one(ctx: RuleContext, c: ChangeClaim): FindingDraft | undefined {
  if (c.flat || (c.percent && c.percent.amount.kind === 'points')) return undefined;
  const sign = directionOf(c.deltaWord) ?? directionOf(c.percentWord) ?? 1;
  const current = currentValue(ctx, c);
  const s = ctx.claims.sentences[c.sentence];
  const evidence = [textEvidence(ctx.doc, s.block, s.start, s.end)];
  const data: Record<string, string> = {
    subject: c.subject || '—',
    word: c.deltaWord ?? '',
    pword: c.percentWord ?? '',
    delta: c.delta?.amount.text ?? '',
    stated: c.percent ? c.percent.amount.value.toString() : '',
  };
  const values = [c.delta, c.percent].filter(Boolean).map((q) => quantityValue(ctx.doc, q!));
  const base = { rule: 'Y1', formula: '', expected: null, actual: null, difference: null, tolerance: null, evidence };
  if (c.prior && current && c.percent && !c.delta) return fromBothYears(ctx, c, current, sign, data, evidence);
  if (!c.delta) {
    if (!c.percent) return undefined;
    return { ...base, status: 'unverifiable', messageId: 'percentOnly', data: data, values };
  }
  if (!current) {
    return { ...base, status: 'unverifiable', messageId: 'noCurrent', data: data, values };
  }
  const unit = current.amount.unit;
  const v = operandIn(current, unit);
  const d = operandIn(c.delta, unit);
  const signedDelta = d.value.times(sign);
  const prior = v.value.minus(signedDelta);
  const priorOp = { value: prior, decimals: Math.max(v.decimals, d.decimals), halfWidth: halfUlp(v).plus(halfUlp(d)) };
  data.prior = `${fmt(prior, priorOp.decimals)} ${unit}`;
  data.current = current.amount.text;
  if (prior.isZero() && c.percent) {
    // Nothing last year: no rate of change exists to check.
    return { ...base, status: 'unverifiable', messageId: 'needPrior', data: data, values };
  }
  const allValues = [quantityValue(ctx.doc, current, c.subject || current.label), ...values];
  if (current.sentence !== c.sentence) {
    const cs = ctx.claims.sentences[current.sentence];
    evidence.push(textEvidence(ctx.doc, cs.block, cs.start, cs.end));
  }
  if (!c.percent) {
    return {
      ...base,
      status: 'unverifiable',
      messageId: 'needPrior',
      data: data,
      values: allValues,
      formula: `${fmt(v.value, v.decimals)} − (${signedDelta.toString()}) = ${fmt(prior, priorOp.decimals)} ${unit}`,
    };
  }
  let stated = { value: c.percent.amount.value, decimals: c.percent.amount.decimals };
  if (c.percent.amount.kind === 'times') stated = { value: stated.value.times(100), decimals: Math.max(0, stated.decimals - 2) };
  const statedSigned = { ...stated, value: stated.value.abs().times(sign) };
  return percentFinding(ctx, {
    rule: 'Y1',
    stated: statedSigned,
    numerator: { ...d, value: signedDelta },
    denominator: priorOp,
    values: allValues,
    evidence,
    formula: `${signedDelta.toString()} / (${fmt(v.value, v.decimals)} − (${signedDelta.toString()}))`,
    messageId: (status, scale) => (status === 'fail' && scale ? 'failScale' : status),
    data,
    statedText: stated.value.toString(),
  });
}

/** "上年执行数P，本年预算C，比上年增加p%": p = (C − P) / P, both figures printed. */
function fromBothYears(
  ctx: RuleContext,
  c: ChangeClaim,
  current: NonNullable<ChangeClaim['current']>,
  sign: number,
  data: Record<string, string>,
  evidence: FindingDraft['evidence'],
): FindingDraft {
  const unit = current.amount.unit;
  const v = operandIn(current, unit);
  const p = operandIn(c.prior!, unit);
  const delta = v.value.minus(p.value);
  let stated = { value: c.percent!.amount.value, decimals: c.percent!.amount.decimals };
  if (c.percent!.amount.kind === 'times') stated = { value: stated.value.times(100), decimals: Math.max(0, stated.decimals - 2) };
  const d = {
    ...data,
    delta: `${fmt(delta, Math.max(v.decimals, p.decimals))} ${unit}`,
    prior: c.prior!.amount.text,
    current: current.amount.text,
  };
  return percentFinding(ctx, {
    rule: 'Y1',
    stated: { ...stated, value: stated.value.abs().times(sign) },
    numerator: { value: delta, decimals: Math.max(v.decimals, p.decimals), halfWidth: halfUlp(v).plus(halfUlp(p)) },
    denominator: p,
    values: [quantityValue(ctx.doc, c.prior!, '上年'), quantityValue(ctx.doc, current, '本年'), quantityValue(ctx.doc, c.percent!)],
    evidence,
    formula: `(${fmt(v.value, v.decimals)} − ${fmt(p.value, p.decimals)}) / ${fmt(p.value, p.decimals)}`,
    messageId: (status, scale) => (status === 'fail' && scale ? 'failScale' : `${status}Both`),
    data: d,
    statedText: stated.value.toString(),
  });
}

const rule: Rule = {
  meta: {
    id: 'Y1',
    kind: 'hard',
    description: {
      zh: '所述变动额与变动率相互一致：上年数 = 本年数 − 变动额，变动率 = 变动额 ÷ 上年数',
      en: 'A stated change and its percentage agree: last year = this year − change, and the rate = change ÷ last year',
    },
    messages: MESSAGES,
  },
  check: (ctx) => ctx.claims.changes.map((c) => one(ctx, c)).filter((f): f is FindingDraft => Boolean(f)),
};
export default rule;
