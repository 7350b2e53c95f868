// X14 (soft): the money covered by performance targets ("编制绩效目标的项目…涉及资金X万元") does not
// exceed total project spending.
import { amountIn, cellRef, viewsByRole, cellValue } from '../tables';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { fmt, operandIn } from './support/sum-finding';
import { quantityValue, textEvidence } from './support/anchor';

const rule: Rule = {
  meta: {
    id: 'X14',
    kind: 'soft',
    description: { zh: '编制绩效目标的项目所涉资金不超过项目支出合计', en: 'Money covered by performance targets does not exceed total project spending' },
  },
  check(ctx) {
    const q = ctx.claims.quantities.find((x) => x.amount.kind === 'money' && /涉及(预算)?(资金|金额)/.test(x.label) && /绩效/.test(ctx.claims.sentences[x.sentence].text));
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
      message: ctx.lang === 'zh'
        ? `绩效目标涉及资金 ${q.amount.text} ${ok ? '不超过' : '超过了'}项目支出合计 ${fmt(p.value, Math.min(p.decimals, 4))} ${unit}`
        : `Money under performance targets ${q.amount.text} ${ok ? 'is within' : 'exceeds'} total project spending ${fmt(p.value, Math.min(p.decimals, 4))} ${unit}`,
      formula: `${fmt(t.value, t.decimals)} ≤ ${fmt(p.value, Math.min(p.decimals, 4))} ${unit}`,
      values: [quantityValue(ctx.doc, q), cellValue(cell)],
      expected: `≤ ${fmt(p.value, Math.min(p.decimals, 4))} ${unit}`,
      actual: q.amount.text,
      difference: t.value.minus(p.value).toString(),
      tolerance: 'soft: targets may also cover basic spending in some templates',
      evidence: [textEvidence(ctx.doc, s.block, s.start, s.end), { page: spend.table.page, text: spend.table.title }],
      table: spend.table.id,
      tableTitle: spend.table.title,
    };
    return [f];
  },
};
export default rule;
