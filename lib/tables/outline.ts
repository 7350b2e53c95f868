// The numbered outline of a side-by-side summary table (一、… 1、… (1)… 本年收入合计 … 收入总计).
import { cellRef, type CellRef } from './cells';
import type { Cell } from '../model';
import type { Block, TableView } from './view';

export interface OutlineItem {
  name: string; // numbering removed
  level: number; // 1 for 一、, 2 for 1、, 3 for (1); "其中" details are one below their parent
  kind: 'item' | 'detail' | 'subtotal' | 'total'; // detail: "其中：…", never a part of a sum
  cell: CellRef;
}

const LEVELS: RegExp[] = [/^[一二三四五六七八九十]+[、是]/, /^\d+[.、．]/, /^([（(]\d+[)）]|[（(][一二三四五六七八九十]+[)）])/];
const DETAIL = /^其中[:：]?/;
const SUBTOTAL = /^(本年|当年)(收入|支出)(合计|小计)$/;
const TOTAL = /总计$|^(收入|支出)合计$/;

function numberedLevel(raw: string): number | null {
  const i = LEVELS.findIndex((re) => re.test(raw));
  return i < 0 ? null : i + 1;
}

const AMOUNT_LIKE = /^[-−]?[\d,.]+$/;

/**
 * The label of a row in one block. A label cell spanning the next block's columns ("当年支出小计"
 * over 功能分类 and 支出用途, its amount printed in the last column) belongs to the block whose
 * amount column it abuts, not to the block it starts in (whose amount cell it covers).
 */
function labelText(cells: Cell[], block: Block, col: number): string {
  const own = cells[block.label];
  const span = own?.colSpan ?? 1;
  if (own?.text.trim()) return span > 1 && col < block.label + span ? '' : own.text.replace(/\s/g, '');
  // Else the nearest label to the left, when only empty cells lie between it and this block's amount.
  if (col !== block.amounts[0]) return '';
  for (let c = block.label - 1; c >= 0; c--) {
    const cell = cells[c];
    if (!cell?.text.trim()) continue;
    const end = c + (cell.colSpan ?? 1);
    const between = cells.slice(end, col).some((x) => x?.text.trim());
    const label = cell.text.replace(/\s/g, '');
    return end > c + 1 && !between && !AMOUNT_LIKE.test(label) ? label : '';
  }
  return '';
}

export function outlineOf(view: TableView, block: Block, col: number): OutlineItem[] {
  const out: OutlineItem[] = [];
  // With 一、二、 numbering, an unnumbered line before the 合计 is a sub-item of the numbered one above
  // it ("一、财政拨款收入" then "一般公共预算拨款收入"); after the 合计, unnumbered lines are carry-overs.
  let lastNumbered = 0;
  let afterSubtotal = false;
  for (const row of view.rows) {
    const raw = labelText(view.table.rows[row.index] ?? [], block, col);
    if (!raw) continue;
    const numbered = numberedLevel(raw);
    const name = raw.replace(LEVELS[0], '').replace(LEVELS[1], '').replace(LEVELS[2], '').replace(DETAIL, '');
    let kind: OutlineItem['kind'] = TOTAL.test(name) ? 'total' : SUBTOTAL.test(name) ? 'subtotal' : DETAIL.test(raw) ? 'detail' : 'item';
    if (kind === 'subtotal' || kind === 'total') afterSubtotal = true;
    let level = numbered ?? 1;
    if (numbered) lastNumbered = numbered;
    else if (kind === 'detail') level = lastNumbered + 1;
    else if (kind === 'item' && lastNumbered && !afterSubtotal) level = lastNumbered + 1;
    if (kind === 'detail') kind = 'detail';
    out.push({ name, level, kind, cell: cellRef(view, row, col) });
  }
  return out;
}
