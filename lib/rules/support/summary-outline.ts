// The side-by-side summary tables (收入支出总表, 财政拨款收支总表) read as numbered outlines, one
// per block and amount column; W1–W4 check their identities on them.
import type { RuleContext } from '../types';
import { outlineOf, tableViews, type OutlineItem, type TableView } from '../../tables';
import type { DisclosureDocument } from '../../model';
import { tableName, type What } from './table-finding';

const SUMMARY_ROLES = new Set(['summary', 'fiscal-summary']);

export interface SummaryOutline {
  view: TableView;
  title: What;
  items: OutlineItem[];
  /** The block's first amount column (the one whose 总计 W1 compares). */
  first: boolean;
}

const CACHE = new WeakMap<DisclosureDocument, SummaryOutline[]>();

export function summaryOutlines(ctx: RuleContext): SummaryOutline[] {
  const hit = CACHE.get(ctx.doc);
  if (hit) return hit;
  const out: SummaryOutline[] = [];
  for (const view of tableViews(ctx.doc)) {
    if (!view.role || !SUMMARY_ROLES.has(view.role) || view.blocks.length < 2) continue;
    const title = tableName(view);
    for (const block of view.blocks) {
      for (const col of block.amounts) out.push({ view, title, items: outlineOf(view, block, col), first: col === block.amounts[0] });
    }
  }
  CACHE.set(ctx.doc, out);
  return out;
}

/** An outline with at least one non-zero amount (an all-blank column says nothing). */
export const hasValues = (o: SummaryOutline) => o.items.some((i) => i.cell.amount && !i.cell.amount.value.isZero());

/** The first-level items between two positions. */
export const firstLevel = (items: OutlineItem[], from: number, to: number) =>
  items.slice(from, to).filter((x) => x.level === 1 && x.kind === 'item');

export const subtotalIndex = (items: OutlineItem[]) => items.findIndex((x) => x.kind === 'subtotal');
export const totalIndex = (items: OutlineItem[]) => items.findIndex((x) => x.kind === 'total');
