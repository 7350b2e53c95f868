// Column and row finders shared by the table rules that name their cells by column label.
import type { TableView } from '../../tables';

/** The first amount column whose label matches, outside 上年 / 其中 groups. */
export const col = (v: TableView, label: RegExp) =>
  v.columns.find((c) => c.kind === 'amount' && label.test(c.label) && !c.path.some((p) => /上年|其中/.test(p)));
/** The table's own total row (not a 类 line). */
export const totalRow = (v: TableView) => v.rows.find((r) => r.total && !r.code);

/**
 * The table's total column: the first amount column labelled 合计 / 总计 / 小计, else its only amount
 * column when that names no part of the total ("金额" in a one-column basic-spending table).
 */
export function totalColumn(v: TableView) {
  const named = col(v, /^(合计|总计|小计)$/);
  if (named) return named;
  const amounts = v.columns.filter((c) => c.kind === 'amount');
  return amounts.length === 1 && !amounts[0].path.some((p) => /人员|公用|项目|上年|其中/.test(p)) ? amounts[0] : undefined;
}
