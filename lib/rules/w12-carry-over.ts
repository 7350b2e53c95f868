import { compareSum } from '../amount';
import { amountIn, cellRef, tableViews, type CellRef } from '../tables';
import type { FindingDraft } from './support/sum-finding';
import { fmt } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import { cellSumFinding, TABLE_MESSAGES } from './support/table-finding';

/** W12: per row, 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (fund tables of final accounts). */
function carryOverFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc)) {
    const find = (re: RegExp) => v.columns.find((c) => c.kind === 'amount' && c.path.some((p) => re.test(p)) && (c.path.length === 1 || /合计|小计/.test(c.label) || c.path.at(-1) === c.path.find((p) => re.test(p))));
    const opening = find(/^年初结转和结余/);
    const income = find(/^本年收入/);
    const spending = find(/^本年支出/);
    const closing = find(/^年末结转和结余/);
    if (!opening || !income || !spending || !closing) continue;
    for (const row of v.rows) {
      if (!row.values[closing.index] && !row.values[opening.index]) continue;
      const refs: CellRef[] = [opening, income, spending].map((c) => cellRef(v, row, c.index));
      const target = cellRef(v, row, closing.index);
      const unit = v.unit;
      const [o, i, s] = refs.map((r) => amountIn(r, unit));
      const verdict = compareSum([o, i, { ...s, value: s.value.negated() }], amountIn(target, unit), ctx.tolerance);
      const f = cellSumFinding(ctx, 'W12', `${v.table.title || v.table.id} ${row.code ?? ''} ${row.name}：年末 = 年初 + 收入 − 支出`, target, refs);
      f.status = verdict.status;
      f.formula = `${fmt(o.value, o.decimals)} + ${fmt(i.value, i.decimals)} − ${fmt(s.value, s.decimals)} = ${fmt(amountIn(target, unit).value, amountIn(target, unit).decimals)} ${unit}`;
      f.expected = `${fmt(verdict.expected, Math.max(o.decimals, i.decimals, s.decimals))} ${unit}`;
      f.difference = verdict.difference.toString();
      f.tolerance = verdict.toleranceText;
      out.push(f);
    }
  }
  return out;
}

const rule: Rule = {
  meta: { id: 'W12', kind: 'hard', description: { zh: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（每一行）', en: 'Year-end balance = opening balance + income − spending (every row)' }, messages: TABLE_MESSAGES },
  check: carryOverFindings,
};
export default rule;
