// A figure of the narrative against one table cell (N1, N3), compared at the narrative's unit and
// precision (万元 text, 元 tables): the table's figure rounded to the text's precision must be the text's.
import type { What } from './table-finding';
import { compareEqual } from '../../amount';
import type { Quantity } from '../../claims';
import { amountIn, cellValue, type CellRef } from '../../tables';
import type { FindingDraft } from './sum-finding';
import { fmt, operandIn } from './sum-finding';
import type { RuleContext } from '../types';
import { quantityValue, textEvidence } from './anchor';
import type { Messages } from './message';

export const NARRATIVE_CELL_MESSAGES: Messages = {
  pass: { zh: '文中“{label}” {text} 与{where} {cell} 一致', en: 'The text\'s "{label}" {text} matches {where} {cell}' },
  rounding: {
    zh: '文中“{label}” {text} 与{where} {cell} 在四舍五入范围内一致',
    en: 'The text\'s "{label}" {text} agrees with {where} {cell} within rounding',
  },
  fail: { zh: '文中“{label}” {text} 与{where} {cell} 不一致', en: 'The text\'s "{label}" {text} differs from {where} {cell}' },
  failUnit: {
    zh: '文中“{label}” {text} 与{where} {cell} 相差约一万倍，疑为单位（元/万元）错误',
    en: 'The text\'s "{label}" {text} is about 10,000 times {where} {cell}: a 元/万元 unit error',
  },
};

export function narrativeVsCell(ctx: RuleContext, rule: string, q: Quantity, cell: CellRef, where: What): FindingDraft {
  const unit = q.amount.unit;
  const t = amountIn(cell, unit);
  const n = operandIn(q, unit);
  // At the narrative's (coarser) precision: the table's figure rounded to it must be the narrative's.
  const v = compareEqual(t, n, ctx.tolerance);
  if (t.decimals > n.decimals && t.value.toDecimalPlaces(n.decimals).eq(n.value)) v.status = 'pass';
  const data = {
    label: q.label,
    text: q.amount.text,
    where,
    cell: `${fmt(t.value, Math.min(t.decimals, 6))} ${unit}（${cell.view.table.rows[cell.row.index]?.[cell.col]?.text ?? ''} ${cell.view.unit}）`,
  };
  const s = ctx.claims.sentences[q.sentence];
  return {
    rule,
    status: v.status,
    messageId: v.status === 'fail' && v.unitError ? 'failUnit' : v.status,
    data,
    formula: `${fmt(n.value, n.decimals)} = ${fmt(t.value, Math.min(t.decimals, 6))} ${unit}`,
    values: [quantityValue(ctx.doc, q), cellValue(cell)],
    expected: `${fmt(t.value, Math.min(t.decimals, 6))} ${unit}`,
    actual: q.amount.text,
    difference: n.value.minus(t.value).toString(),
    tolerance: v.toleranceText,
    evidence: [
      textEvidence(ctx.doc, s.block, s.start, s.end),
      { page: cell.view.table.page, text: cell.view.table.title || cell.view.table.id, bbox: cell.view.table.bbox },
    ],
    table: cell.view.table.id,
    tableTitle: cell.view.table.title || cell.view.table.id,
  };
}
