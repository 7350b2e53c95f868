// Y3: income and expenditure balance (W1), so a change stated for both must be the same change.
import type { ChangeClaim } from '../claims';
import { compareSamePrinting } from './support/same-value';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';
import { SAME_PRINTED } from './support/tolerances';

const MESSAGES: Messages = {
  pass: {
    zh: '{a}与{b}的变动相同（{da}，{pa}），与收支平衡一致',
    en: '{a} and {b} change by the same amount ({da}, {pa}), as balanced income and spending require',
  },
  fail: {
    zh: '{a}变动 {da}（{pa}）与{b}变动 {db}（{pb}）不一致，而收入总计应等于支出总计',
    en: '{a} changes by {da} ({pa}) but {b} by {db} ({pb}), although total income equals total spending',
  },
};

function pairs(changes: ChangeClaim[]): [ChangeClaim, ChangeClaim][] {
  const out: [ChangeClaim, ChangeClaim][] = [];
  for (const a of changes) {
    // Against last year's 执行数/决算, actual income and actual spending need not balance.
    if (!/收入$/.test(a.subjectKey) || a.basis === 'final') continue;
    const twin = a.subjectKey.replace(/收入$/, '支出');
    const b = changes.find((x) => x.subjectKey === twin && x.frame === a.frame);
    if (b) out.push([a, b]);
  }
  return out;
}

function one(ctx: RuleContext, a: ChangeClaim, b: ChangeClaim): FindingDraft | undefined {
  const checks: ('pass' | 'fail')[] = [];
  if (a.delta && b.delta) checks.push(compareSamePrinting(a.delta.amount, b.delta.amount) ? 'pass' : 'fail');
  if (a.percent && b.percent) checks.push(compareSamePrinting(a.percent.amount, b.percent.amount) ? 'pass' : 'fail');
  if ((a.deltaWord || a.percentWord) && (b.deltaWord || b.percentWord)) {
    const same =
      (a.deltaWord ?? a.percentWord) === (b.deltaWord ?? b.percentWord) ||
      Boolean(a.deltaWord && b.deltaWord && a.deltaWord.slice(0, 1) === b.deltaWord.slice(0, 1));
    checks.push(same ? 'pass' : 'fail');
  }
  if (!checks.length) return undefined;
  const status = checks.includes('fail') ? 'fail' : 'pass';
  const data = {
    a: a.subject,
    b: b.subject,
    da: `${a.deltaWord ?? ''}${a.delta?.amount.text ?? ''}`,
    pa: a.percent?.amount.text ?? '',
    db: `${b.deltaWord ?? ''}${b.delta?.amount.text ?? ''}`,
    pb: b.percent?.amount.text ?? '',
  };
  const sa = ctx.claims.sentences[a.sentence];
  const sb = ctx.claims.sentences[b.sentence];
  return {
    rule: 'Y3',
    status,
    messageId: status,
    data: data,
    formula: `Δ(${a.subject}) = Δ(${b.subject})`,
    values: [a.delta, a.percent, b.delta, b.percent].filter(Boolean).map((q) => quantityValue(ctx.doc, q!)),
    expected: data.da,
    actual: data.db,
    difference: null,
    tolerance: SAME_PRINTED,
    evidence: [textEvidence(ctx.doc, sa.block, sa.start, sa.end), textEvidence(ctx.doc, sb.block, sb.start, sb.end)],
  };
}

const rule: Rule = {
  meta: {
    id: 'Y3',
    kind: 'hard',
    description: {
      zh: '收入与支出（含财政拨款收入与支出）所述的同一变动应一致，因为收入总计等于支出总计',
      en: 'Changes stated for income and for spending (including fiscal appropriations) agree, since total income equals total spending',
    },
    messages: MESSAGES,
  },
  check: (ctx) =>
    pairs(ctx.claims.changes)
      .map(([a, b]) => one(ctx, a, b))
      .filter((f): f is FindingDraft => Boolean(f)),
};
export default rule;
