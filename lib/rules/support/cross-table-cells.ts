// Cells the cross-table identities (domain.md §A.6) compare: a standard table's total by column
// label, a summary table's line by name. Budgets and final accounts share the identities under
// different ids (X1 ↔ X8, X2 ↔ X9, X4/X5 ↔ X10, X6 ↔ X11).
import { cellRef, outlineOf, viewsByRole, type CellRef, type TableRole, type TableView } from '../../tables';
import type { RuleContext } from '../types';
import type { FindingDraft } from './sum-finding';
import { cellEqualFinding, type What } from './table-finding';

export const isFinal = (ctx: RuleContext) => ctx.doc.info.kind.endsWith('final');

/** The first table of a role that has rows. */
export function first(ctx: RuleContext, role: TableRole): TableView | undefined {
  return viewsByRole(ctx.doc, role).find((v) => v.rows.length);
}

/**
 * The total row's cell in the first column whose header matches. A table printing one amount column
 * ("金额") gives its total there when the total column is asked for; a table of one unlabelled row ("21,955.35 | 13,994.31 | …" under 合计 | 基本支出
 * | …) is its own total row. `group`: a header above the column must match too.
 */
export function totalCell(v: TableView | undefined, column: RegExp, group?: RegExp): CellRef | undefined {
  if (!v) return undefined;
  const row =
    v.rows.find((r) => r.total && !r.code && /合计|总计/.test(r.name || '合计')) ??
    v.rows.find((r) => r.total && !r.code) ??
    (v.rows.length === 1 && !v.rows[0].code && !v.rows[0].name ? v.rows[0] : undefined);
  const amounts = v.columns.filter((c) => c.kind === 'amount' && !c.path.some((p) => /上年|结转|其中/.test(p)));
  // Only when the table's total is asked for: its one amount column, or its one 小计 under no group
  // ("小计 | 其中：基本支出 | 项目支出").
  const tops = amounts.filter((c) => c.path.length === 1 && c.label === '小计');
  const sole = !column.test('合计') ? undefined : amounts.length === 1 ? amounts[0] : tops.length === 1 ? tops[0] : undefined;
  const col = amounts.find((c) => column.test(c.label) && (!group || c.path.some((p) => group.test(p)))) ?? (group ? undefined : sole);
  if (!row || !col || !row.values[col.index]) return undefined;
  return cellRef(v, row, col.index);
}

/** A summary table's line by name (本年支出合计, 收入总计…), in the first amount column of its block (or a named one). */
export function summaryCell(v: TableView | undefined, name: RegExp, column?: RegExp): CellRef | undefined {
  if (!v) return undefined;
  for (const block of v.blocks) {
    const col = column ? block.amounts.find((c) => column.test(v.columns[c].label)) : block.amounts[0];
    if (col === undefined) continue;
    const item = outlineOf(v, block, col).find((i) => name.test(i.name));
    if (item?.cell.amount) return item.cell;
  }
  return undefined;
}

/**
 * A budget's fiscal summary whose only fiscal money is the general budget: one income line holds an
 * amount and it is 一般公共预算, and no spending line carries money over. Its spending lines (支出合计,
 * 基本支出) are then the general budget's, for a summary that prints no 一般公共预算 column.
 */
export function allGeneralBudget(v: TableView | undefined): boolean {
  if (!v || v.blocks.length < 2) return false;
  // A line over numbered sub-lines ("一、财政拨款" over "1、一般公共预算拨款") is their sum, not a source of its own.
  const valued = (b: (typeof v.blocks)[number]) => {
    const items = b.amounts.length ? outlineOf(v, b, b.amounts[0]).filter((i) => i.kind !== 'total' && i.kind !== 'subtotal') : [];
    const parent = (k: number) => items[k + 1]?.kind === 'item' && items[k + 1].level > items[k].level;
    return items.filter((i, k) => !parent(k) && i.cell.amount && !i.cell.amount.value.isZero());
  };
  const income = valued(v.blocks[0]);
  if (income.length !== 1 || !/^一般公共预算(拨款)?(收入)?$/.test(income[0].name)) return false;
  return !v.blocks.slice(1).some((b) => valued(b).some((i) => /结转|结余/.test(i.name)));
}

export const stripNumbering = (s: string) => s.replace(/^[一二三四五六七八九十]+[、是]|^\d+[.、．]/, '').replace(/（类）$/, '');

/** a = b when both cells were found, in two different tables. */
export function equalCells(ctx: RuleContext, id: string, what: What, a?: CellRef, b?: CellRef): FindingDraft[] {
  return a && b && a.view !== b.view ? [cellEqualFinding(ctx, id, what, a, b)] : [];
}

/**
 * A table total that may or may not include carry-overs: it must equal one of the summary's lines;
 * a mismatch is reported only when those lines print one and the same amount.
 */
export function equalsOneOf(
  ctx: RuleContext,
  id: string,
  what: What,
  a: CellRef | undefined,
  lines: (CellRef | undefined)[],
): FindingDraft[] {
  const bs = lines.filter((b): b is CellRef => Boolean(b && a && b.view !== a.view));
  if (!a || !bs.length) return [];
  const tries = bs.map((b) => cellEqualFinding(ctx, id, what, a, b));
  const ok = tries.find((f) => f.status === 'pass' || f.status === 'rounding');
  if (ok) return [ok];
  return new Set(bs.map((b) => b.amount?.value.toString())).size === 1 ? [tries[0]] : [];
}
