// The numbered outline of a side-by-side summary table (一、… 1.… 本年收入合计 … 收入总计).
import { cellRef, type CellRef } from './cells';
import type { Block, TableView } from './view';

export interface OutlineItem {
  name: string; // numbering removed
  level: 1 | 2;
  kind: 'item' | 'subtotal' | 'total'; // 本年收入合计 / 收入总计
  cell: CellRef;
}

const LEVEL1 = /^([一二三四五六七八九十]+、|[一二三四五六七八九十]+是)/;
const LEVEL2 = /^(\d+[.、．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|其中[:：]?)/;
const SUBTOTAL = /^本年(收入|支出)合计$|^(收入|支出)合计$/;
const TOTAL = /总计$/;

export function outlineOf(view: TableView, block: Block, col: number): OutlineItem[] {
  const out: OutlineItem[] = [];
  for (const row of view.rows) {
    const raw = (view.table.rows[row.index]?.[block.label]?.text ?? '').replace(/\s/g, '');
    if (!raw) continue;
    const name = raw.replace(LEVEL1, '').replace(LEVEL2, '');
    const kind = TOTAL.test(name) ? 'total' : SUBTOTAL.test(name) ? 'subtotal' : 'item';
    out.push({ name, level: LEVEL2.test(raw) && !LEVEL1.test(raw) ? 2 : 1, kind, cell: cellRef(view, row, col) });
  }
  return out;
}
