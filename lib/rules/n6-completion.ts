// N6: "完成年初预算的X%" = 决算数 ÷ 预算数; "决算数大于/小于/等于预算数" agrees with the figures.
import type { CompletionClaim } from '../claims';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { operandIn } from './support/sum-finding';
import { percentFinding } from './support/percent-finding';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';
import { EXACT_PRINTED } from './support/tolerances';

const MESSAGES: Messages = {
  pass: {
    zh: '决算 {actual} ÷ 预算 {budget} = {computed}%，与所述完成率 {stated}% 相符',
    en: 'Outturn {actual} ÷ budget {budget} = {computed}%, matching the stated {stated}%',
  },
  rounding: {
    zh: '决算 {actual} ÷ 预算 {budget} = {computed}%，与所述 {stated}% 在四舍五入范围内相符',
    en: 'Outturn {actual} ÷ budget {budget} = {computed}%, agreeing with the stated {stated}% within rounding',
  },
  fail: {
    zh: '决算 {actual} ÷ 预算 {budget} = {computed}%，而文中完成率为 {stated}%',
    en: 'Outturn {actual} ÷ budget {budget} = {computed}%, but the stated rate is {stated}%',
  },
  wordOk: {
    zh: '“{text}”与数字相符（决算 {actual}，预算 {budget}）',
    en: '"{text}" agrees with the figures (outturn {actual}, budget {budget})',
  },
  wordBad: {
    zh: '“{text}”与数字矛盾：决算 {actual}，预算 {budget}',
    en: '"{text}" contradicts the figures: outturn {actual}, budget {budget}',
  },
};

function one(ctx: RuleContext, c: CompletionClaim): FindingDraft[] {
  if (!c.budget || !c.actual) return [];
  const s = ctx.claims.sentences[c.sentence];
  const evidence = [textEvidence(ctx.doc, s.block, s.start, s.end)];
  const unit = c.budget.amount.unit;
  const b = operandIn(c.budget, unit);
  const a = operandIn(c.actual, unit);
  const data = { actual: c.actual.amount.text, budget: c.budget.amount.text };
  const values = [quantityValue(ctx.doc, c.actual), quantityValue(ctx.doc, c.budget)];
  const out: FindingDraft[] = [];
  if (c.percent) {
    out.push(
      percentFinding(ctx, {
        rule: 'N6',
        stated: { value: c.percent.amount.value, decimals: c.percent.amount.decimals },
        numerator: a,
        denominator: b,
        values: [...values, quantityValue(ctx.doc, c.percent)],
        evidence,
        formula: `${a.value} / ${b.value}`,
        messageId: (status) => (status === 'warn' || status === 'unverifiable' ? 'fail' : status),
        data,
      }),
    );
  }
  if (c.comparison && !(a.value.isZero() && b.value.isZero() && c.comparison.word !== 'equal')) {
    const cmp = a.value.comparedTo(b.value);
    const ok =
      (c.comparison.word === 'greater' && cmp > 0) ||
      (c.comparison.word === 'less' && cmp < 0) ||
      (c.comparison.word === 'equal' && cmp === 0);
    out.push({
      rule: 'N6',
      status: ok ? 'pass' : 'fail',
      messageId: ok ? 'wordOk' : 'wordBad',
      data: { ...data, text: c.comparison.text },
      formula: `${a.value} ${cmp > 0 ? '>' : cmp < 0 ? '<' : '='} ${b.value}`,
      values,
      expected: c.comparison.word,
      actual: cmp > 0 ? 'greater' : cmp < 0 ? 'less' : 'equal',
      difference: a.value.minus(b.value).toString(),
      tolerance: EXACT_PRINTED,
      evidence,
    });
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'N6',
    kind: 'hard',
    description: {
      zh: '预算完成率等于决算数除以预算数；“决算数大于/小于/等于预算数”与数字一致',
      en: 'Budget completion equals outturn ÷ budget; "outturn above/below/equal to budget" matches the figures',
    },
    messages: MESSAGES,
  },
  check: (ctx) => ctx.claims.completions.flatMap((c) => one(ctx, c)),
};
export default rule;
