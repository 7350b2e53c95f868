// Column and row finders shared by the table rules that name their cells by column label.
import type { TableView } from '../../tables';

/** The first amount column whose label matches, outside 上年 / 其中 groups. */
export const col = (v: TableView, label: RegExp) =>
  v.columns.find((c) => c.kind === 'amount' && label.test(c.label) && !c.path.some((p) => /上年|其中/.test(p)));
/** The table's own total row (not a 类 line). */
export const totalRow = (v: TableView) => v.rows.find((r) => r.total && !r.code);
