// C3 (domain.md §A.6): a final account's 年初预算 = the same year's budget, line by code — read from a
// 年初预算 column where the final's table prints one, else from its narrative (c3-narrative.ts); and
// the 预算数 of its “三公” table against the budget's “三公” table (c3-three-public.ts).
import { compareEqual, DEFAULT_TOLERANCE, type Tolerance } from '../amount';
import { C3_MESSAGES, fmt, operandIn, quantityValue, say, textEvidence, type Lang } from '../rules';
import { amountIn, cellRef, cellValue, tableViews } from '../tables';
import { equalFinding, type CheckInput, type FindingDraft, type CellAt } from './checks';
import { statedInitialBudgets, type StatedBudget } from './c3-narrative';
import { threePublicBudget } from './c3-three-public';
import { labelledIn } from './label';

const BUDGET_COLUMN = /年初预算/;

export function checkC3(input: CheckInput): FindingDraft[] {
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const budgetRows = new Map<string, CellAt>();
  const budgetViews = tableViews(input.prior).filter((v) => v.role === 'gpb-expenditure');
  for (const view of budgetViews) {
    const col = view.blocks[0]?.amounts[0];
    if (col === undefined) continue;
    for (const row of view.rows) {
      const key = `${view.role}:${row.code ?? (row.total ? '合计' : '')}`;
      if (!key.endsWith(':') && !budgetRows.has(key)) budgetRows.set(key, { doc: input.prior, view, row, col });
    }
  }
  const out: FindingDraft[] = [];
  const done = new Set<string>();
  const finalViews = tableViews(input.current).filter((v) => v.role === 'gpb-expenditure');
  for (const view of finalViews) {
    const col = view.columns.find((c) => c.kind === 'amount' && c.path.some((p) => BUDGET_COLUMN.test(p)))?.index;
    if (col === undefined) continue;
    for (const row of view.rows) {
      const key = `${view.role}:${row.code ?? (row.total ? '合计' : '')}`;
      const b = budgetRows.get(key);
      if (!b || key.endsWith(':')) continue;
      done.add(key);
      out.push(
        equalFinding(
          'C3',
          C3_MESSAGES,
          input.lang,
          { line: `${row.code ?? ''}${row.code ? ' ' : ''}${row.name}` },
          b,
          { doc: input.current, view, row, col },
          tol,
        ),
      );
    }
  }
  for (const stated of statedInitialBudgets(input.current, input.currentClaims, [...finalViews, ...budgetViews])) {
    const b = budgetRows.get(stated.key);
    if (b && !done.has(stated.key)) out.push(statedFinding(input, stated, b, tol, input.lang));
  }
  const budgetThree = threePublicBudget(input.prior, false);
  for (const [item, cur] of threePublicBudget(input.current, true)) {
    const b = budgetThree.get(item);
    if (b) out.push(equalFinding('C3', C3_MESSAGES, input.lang, { line: `“三公”经费 ${item}` }, b, cur, tol));
  }
  return out;
}

/** The narrative's 年初预算 (万元, 2 decimals) against the budget's cell, at the narrative's precision. */
function statedFinding(input: CheckInput, stated: StatedBudget, b: CellAt, tol: Tolerance, lang: Lang): FindingDraft {
  const { q } = stated;
  const unit = q.amount.unit;
  const ref = cellRef(b.view, b.row, b.col);
  const budget = amountIn(ref, unit);
  const text = operandIn(q, unit);
  const v = compareEqual(budget, text, tol);
  if (budget.decimals > text.decimals && budget.value.toDecimalPlaces(text.decimals).eq(text.value)) v.status = 'pass';
  const prior = `${fmt(budget.value, Math.min(budget.decimals, 6)).replace(/(\.\d*?[1-9])0+$|\.0+$/, '$1')} ${unit}`;
  const current = `${fmt(text.value, text.decimals)} ${unit}`;
  const s = input.currentClaims.sentences[q.sentence];
  const values = [
    labelledIn(input.prior, cellValue(ref), lang, b.view.table),
    labelledIn(
      input.current,
      quantityValue(input.current, q, `${stated.line} ${lang === 'zh' ? '年初预算' : 'initial budget'}`),
      lang,
      input.current.blocks[q.block],
    ),
  ];
  return {
    rule: 'C3',
    status: v.status,
    values,
    table: b.view.table.id,
    formula: `${values[0].label} = ${values[1].label}`,
    expected: prior,
    actual: current,
    difference: text.value.minus(budget.value).toString(),
    tolerance: v.toleranceText[lang],
    evidence: [textEvidence(input.current, s.block, s.start, s.end)],
    messageId: v.status,
    message: say(C3_MESSAGES, v.status, lang, { line: stated.line, prior, current }),
  };
}
