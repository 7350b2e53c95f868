// C3 (domain.md §A.6): a final account's 年初预算 column = the same year's budget, line by code.
import { DEFAULT_TOLERANCE } from '../amount';
import { C3_MESSAGES } from '../rules';
import { tableViews } from '../tables';
import { equalFinding, type CheckInput, type FindingDraft, type CellAt } from './checks';

const BUDGET_COLUMN = /年初预算/;

export function checkC3(input: CheckInput): FindingDraft[] {
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const budgetRows = new Map<string, CellAt>();
  for (const view of tableViews(input.prior)) {
    if (view.role !== 'gpb-expenditure') continue;
    const col = view.blocks[0]?.amounts[0];
    if (col === undefined) continue;
    for (const row of view.rows) {
      const key = `${view.role}:${row.code ?? (row.total ? '合计' : '')}`;
      if (!key.endsWith(':') && !budgetRows.has(key)) budgetRows.set(key, { doc: input.prior, view, row, col });
    }
  }
  const out: FindingDraft[] = [];
  for (const view of tableViews(input.current)) {
    if (view.role !== 'gpb-expenditure') continue;
    const col = view.columns.find((c) => c.kind === 'amount' && c.path.some((p) => BUDGET_COLUMN.test(p)))?.index;
    if (col === undefined) continue;
    for (const row of view.rows) {
      const key = `${view.role}:${row.code ?? (row.total ? '合计' : '')}`;
      const b = budgetRows.get(key);
      if (!b || key.endsWith(':')) continue;
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
  return out;
}
