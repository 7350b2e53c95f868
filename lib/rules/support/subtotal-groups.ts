// A table of two label columns whose groups each open with a 小计 line (收入预算总表 of some provinces):
//   收入总计            | 21,955.35
//   一般公共预算资金 | 小计 | 21,940.96
//                    | 公共财政拨款(补助)资金 | 21,940.96
//   其他资金         | 小计 | 14.39
//                    | 其他收入 | 14.39
// Each 小计 = Σ the lines of its group; the 总计 = Σ the 小计 lines.
import { cellRef, type CellRef, type TableView } from '../../tables';

export interface SubtotalGroup {
  name: string;
  subtotal: CellRef;
  members: CellRef[];
}

export interface GroupedColumn {
  total?: CellRef;
  groups: SubtotalGroup[];
}

const text = (v: TableView, row: number, col: number) => (v.table.rows[row]?.[col]?.text ?? '').replace(/[\s\u3000]/g, '');
const SUBTOTAL = /^小计$/;
const TOTAL = /^(收入|支出)?(总计|合计)$/;

/** The groups per amount column, when the table has that shape (two label columns, ≥ 2 groups opened by 小计). */
export function subtotalGroups(v: TableView): GroupedColumn[] {
  const [outer, inner] = v.blocks;
  if (v.blocks.length !== 2 || outer.amounts.length || !inner.amounts.length || outer.label >= inner.label) return [];
  const out: GroupedColumn[] = [];
  for (const col of inner.amounts) {
    const groups: SubtotalGroup[] = [];
    let total: CellRef | undefined;
    let open: SubtotalGroup | undefined;
    let stray = false; // a line outside every group: the 总计 is then not the sum of the 小计 lines
    for (const row of v.rows) {
      const a = text(v, row.index, outer.label);
      const b = text(v, row.index, inner.label);
      if (TOTAL.test(a) || (TOTAL.test(b) && !a)) {
        if (total || groups.length) stray = true;
        total = cellRef(v, row, col);
        open = undefined;
      } else if (SUBTOTAL.test(b)) {
        open = { name: a, subtotal: cellRef(v, row, col), members: [] };
        groups.push(open);
      } else if (b && !a && open) {
        if (!/^其中/.test(b)) open.members.push(cellRef(v, row, col));
      } else if (a || b || row.values[col]) {
        // A line that belongs to no group (or a group name beside a member): its group is not read whole.
        stray = true;
        if (open) groups.splice(groups.indexOf(open), 1);
        open = undefined;
      }
    }
    if (groups.length >= 2) out.push({ total: stray ? undefined : total, groups });
  }
  return out;
}
