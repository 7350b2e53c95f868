// A table cell as evidence: where it is, what it says, its exact value in a given unit.
import { Decimal, yuanFactor, type Amount, type Operand } from '../amount';
import type { FindingValue } from '../findings';
import type { Row, TableView } from './view';

export interface CellRef {
  view: TableView;
  row: Row;
  col: number;
  amount: Amount | null; // null: an empty cell, read as 0
}

export function cellRef(view: TableView, row: Row, col: number): CellRef {
  return { view, row, col, amount: row.values[col] ?? null };
}

/** The cell as an operand in `unit` (exact scaling; an empty cell is an exact 0). */
export function amountIn(ref: CellRef, unit: string): Operand {
  if (!ref.amount) return { value: new Decimal(0), decimals: 0, halfWidth: new Decimal(0) };
  const from = yuanFactor(ref.view.unit) ?? 1;
  const to = yuanFactor(unit) ?? from;
  if (from === to) return { value: ref.amount.value, decimals: ref.amount.decimals };
  const shift = Math.round(Math.log10(to / from));
  return { value: ref.amount.value.times(from).div(to), decimals: Math.max(0, ref.amount.decimals + shift) };
}

export function cellValue(ref: CellRef, label?: string): FindingValue {
  const cell = ref.view.table.rows[ref.row.index]?.[ref.col];
  const column = ref.view.columns[ref.col];
  return {
    label: label ?? [ref.row.code, ref.row.name, column?.path.slice(-2).join('·')].filter(Boolean).join(' '),
    text: cell?.text ?? '',
    value: ref.amount ? ref.amount.value.toString() : '0',
    unit: ref.view.unit,
    page: cell?.page ?? ref.view.table.page,
    bbox: cell?.bbox,
    node: cell?.node,
    table: ref.view.table.id,
    row: ref.row.index,
    col: ref.col,
  };
}
