// X14 (soft): the money covered by performance targets ("编制绩效目标的项目…涉及资金X万元") does not
// exceed total project spending.
import { amountIn, cellRef, viewsByRole, cellValue } from '../tables';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { fmt, operandIn } from './support/sum-finding';
import { quantityValue, textEvidence } from './support/anchor';
import { SOFT_TARGETS } from './support/tolerances';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  pass: {
    zh: '绩效目标涉及资金 {text} 不超过项目支出合计 {total}',
    en: 'Money under performance targets {text} is within total project spending {total}',
  },
  warn: {
    zh: '绩效目标涉及资金 {text} 超过了项目支出合计 {total}',
    en: 'Money under performance targets {text} exceeds total project spending {total}',
  },
};

const rule: Rule = {
  meta: {
    id: 'X14',
    kind: 'soft',
    description: {
      zh: '编制绩效目标的项目所涉资金不超过项目支出合计',
      en: 'Money covered by performance targets does not exceed total project spending',
    },
    messages: MESSAGES,
  },
  check(ctx) {
    const q = ctx.claims.quantities.find(
      (x) => x.amount.kind === 'money' && /涉及(预算)?(资金|金额)/.test(x.label) && /绩效/.test(ctx.claims.sentences[x.sentence].text),
    );
    if (!q) return [];
    const spend = viewsByRole(ctx.doc, 'expenditure')[0];
    const col = spend?.columns.find((c) => c.kind === 'amount' && c.label === '项目支出' && !c.path.some((p) => /上年|结转/.test(p)));
    const row = spend?.rows.find((r) => r.total && !r.code);
    if (!spend || !col || !row?.values[col.index]) return [];
    const cell = cellRef(spend, row, col.index);
    const unit = q.amount.unit;
    const p = amountIn(cell, unit);
    const t = operandIn(q, unit);
    const ok = t.value.lte(p.value.plus(0.5 * 10 ** -t.decimals));
    const s = ctx.claims.sentences[q.sentence];
    const f: FindingDraft = {
      rule: 'X14',
      status: ok ? 'pass' : 'warn',
      messageId: ok ? 'pass' : 'warn',
      data: { text: q.amount.text, total: `${fmt(p.value, Math.min(p.decimals, 4))} ${unit}` },
      formula: `${fmt(t.value, t.decimals)} ≤ ${fmt(p.value, Math.min(p.decimals, 4))} ${unit}`,
      values: [quantityValue(ctx.doc, q), cellValue(cell)],
      expected: `≤ ${fmt(p.value, Math.min(p.decimals, 4))} ${unit}`,
      actual: q.amount.text,
      difference: t.value.minus(p.value).toString(),
      tolerance: SOFT_TARGETS,
      evidence: [textEvidence(ctx.doc, s.block, s.start, s.end), { page: spend.table.page, text: spend.table.title }],
      table: spend.table.id,
      tableTitle: spend.table.title,
    };
    return [f];
  },
};
export default rule;
