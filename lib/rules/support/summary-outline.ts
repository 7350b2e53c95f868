// The side-by-side summary tables (收入支出总表, 财政拨款收支总表) read as numbered outlines, one
// per block and amount column; W1–W4 check their identities on them.
import type { RuleContext } from '../types';
import { outlineOf, tableViews, type Block, type OutlineItem, type TableView } from '../../tables';
import type { DisclosureDocument } from '../../model';
import { tableName, type What } from './table-finding';
import { placeByName, type Placed } from './named-hierarchy';

const SUMMARY_ROLES = new Set(['summary', 'fiscal-summary']);

export interface SummaryOutline {
  view: TableView;
  block: Block;
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
      for (const col of block.amounts)
        out.push({ view, block, title, items: outlineOf(view, block, col), first: col === block.amounts[0] });
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

/**
 * The subtotal line of another block whose label spans this block ("当年支出小计" printed across the
 * 功能分类 and 支出用途 blocks, its amount in the last column): the subtotal of this block's items too.
 */
export function spannedSubtotal(o: SummaryOutline, all: SummaryOutline[]): OutlineItem | undefined {
  if (o.items.some((i) => i.kind === 'subtotal' || i.kind === 'total')) return undefined;
  for (const other of all) {
    if (other.view !== o.view || other.block === o.block || !other.first) continue;
    const sub = other.items.find((i) => i.kind === 'subtotal');
    if (!sub?.cell.amount) continue;
    const cells = o.view.table.rows[sub.cell.row.index] ?? [];
    const label = cells.findIndex((c, k) => k <= o.block.label && k + (c.colSpan ?? 1) > o.block.label && c.text.trim());
    const spans = label >= 0 && label + (cells[label].colSpan ?? 1) > Math.max(...o.block.amounts);
    if (spans && cells[label].text.replace(/\s/g, '') === sub.name) return sub;
  }
  return undefined;
}

/**
 * A block listing 类 / 款 / 项 by name without numbering or codes (湖州's 收支预算总表: "社会保障和就业支出,
 * 退役安置, 军队转业干部安置, …"): the lines placed by name before position `end`, or undefined when
 * they are not such a list (numbered lines, or names that are not a classification).
 */
export function namedLines(
  items: OutlineItem[],
  end: number,
): { items: OutlineItem[]; placed: Placed[]; uncertain: Set<number> } | undefined {
  const before = items.slice(0, end).filter((i) => i.kind === 'item');
  if (before.length < 3 || before.some((i) => i.level !== 1)) return undefined;
  const read = placeByName(
    before.map((i, index) => ({ index, name: i.name, figures: Boolean(i.cell.amount) })),
    '2',
  );
  if (!read || read.placed.every((p) => p.level === 1)) return undefined; // a list of 类 only reads as it did
  return { items: before, ...read };
}
