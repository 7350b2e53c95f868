// Y2: the direction words of one statement agree with each other and with the sign of the figures.
import { directionOf, type ChangeClaim } from '../claims';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  agree: { zh: '{subject}：“{w1}{d}”与“{w2}{p}”方向一致', en: '{subject}: "{w1} {d}" and "{w2} {p}" point the same way' },
  conflict: { zh: '{subject}：“{w1}{d}”与“{w2}{p}”方向矛盾', en: '{subject}: "{w1} {d}" contradicts "{w2} {p}"' },
  negative: {
    zh: '{subject}：“{w1}{d}”用增减词又写负数，方向含糊',
    en: '{subject}: "{w1} {d}" pairs a direction word with a negative figure; the direction is ambiguous',
  },
  flatNonZero: { zh: '{subject}：称“持平”却给出非零变动 {d}{p}', en: '{subject}: says "unchanged" but states a non-zero change {d}{p}' },
};

const FLAT_SLACK_PERCENT = 5; // 基本持平 tolerates a small change

function one(ctx: RuleContext, c: ChangeClaim): FindingDraft | undefined {
  const s = ctx.claims.sentences[c.sentence];
  const d1 = directionOf(c.deltaWord);
  const d2 = directionOf(c.percentWord);
  const data = {
    subject: c.subject || '—',
    w1: c.deltaWord ?? '',
    w2: c.percentWord ?? '',
    d: c.delta?.amount.text ?? '',
    p: c.percent?.amount.text ?? '',
  };
  const values = [c.delta, c.percent].filter(Boolean).map((q) => quantityValue(ctx.doc, q!));
  const base = {
    rule: 'Y2',
    formula: '',
    values,
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence: [textEvidence(ctx.doc, s.block, s.start, s.end)],
  };
  const negative = [c.delta, c.percent].find(
    (q) => q && q.amount.value.isNegative() && directionOf(q.changeWord) !== undefined && directionOf(q.changeWord) !== 0,
  );
  if (negative)
    return { ...base, status: 'warn', messageId: 'negative', data: { ...data, w1: negative.changeWord ?? '', d: negative.amount.text } };
  if (c.flat) {
    const strict = !/基本/.test(s.text);
    const big =
      (c.delta && !c.delta.amount.value.isZero() && strict) ||
      (c.percent && c.percent.amount.value.abs().gt(strict ? 0 : FLAT_SLACK_PERCENT));
    if (big) return { ...base, status: strict ? 'fail' : 'warn', messageId: 'flatNonZero', data: data };
    return undefined;
  }
  if (d1 === undefined || d2 === undefined || !c.delta || !c.percent) return undefined;
  const status = d1 === d2 ? 'pass' : 'fail';
  return {
    ...base,
    status,
    formula: {
      zh: `${c.deltaWord}（${d1 > 0 ? '+' : '−'}）与 ${c.percentWord}（${d2 > 0 ? '+' : '−'}）`,
      en: `${c.deltaWord}(${d1 > 0 ? '+' : '−'}) vs ${c.percentWord}(${d2 > 0 ? '+' : '−'})`,
    },
    messageId: d1 === d2 ? 'agree' : 'conflict',
    data: data,
  };
}

const rule: Rule = {
  meta: {
    id: 'Y2',
    kind: 'hard',
    description: {
      zh: '增减方向词彼此一致，并与数字符号一致（增加/增长为正，减少/下降为负，持平为零）',
      en: 'Direction words agree with each other and with the sign of the figures (增加/增长 up, 减少/下降 down, 持平 zero)',
    },
    messages: MESSAGES,
  },
  check: (ctx) => ctx.claims.changes.map((c) => one(ctx, c)).filter((f): f is FindingDraft => Boolean(f)),
};
export default rule;
