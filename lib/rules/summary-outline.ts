// Identities of the side-by-side summary tables (收入支出总表, 财政拨款收支总表), read from their
// numbered outline: parent = Σ sub-items, 本年…合计 = Σ items, 总计 = 合计 + carry-over items,
// and 收入总计 = 支出总计.
import type { RuleContext } from './types';
import type { FindingDraft } from './sum-finding';
import { cacheDrafts, cachedDrafts, type DocCache } from './doc-cache';
import { outlineOf, tableViews, type OutlineItem } from '../tables';
import { cellEqualFinding, cellSumFinding } from './table-finding';

const CACHE: DocCache = new WeakMap();
const SUMMARY_ROLES = new Set(['summary', 'fiscal-summary']);

function sumsOf(ctx: RuleContext, items: OutlineItem[], title: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  const anyValue = items.some((i) => i.cell.amount && !i.cell.amount.value.isZero());
  if (!anyValue) return out;
  // Parents and their numbered sub-items (一、财政拨款收入 = 1.一般公共预算 + 2.… ).
  items.forEach((item, i) => {
    if (item.kind !== 'item') return;
    const kids: OutlineItem[] = [];
    for (let j = i + 1; j < items.length && items[j].level > item.level && (items[j].kind === 'item' || items[j].kind === 'detail'); j++) {
      if (items[j].kind === 'item' && items[j].level === item.level + 1) kids.push(items[j]);
    }
    if (kids.length && item.cell.amount) out.push(cellSumFinding(ctx, 'W4', `${title} ${item.name}`, item.cell, kids.map((k) => k.cell)));
  });
  const firstLevel = (from: number, to: number) => items.slice(from, to).filter((x) => x.level === 1 && x.kind === 'item');
  const sub = items.findIndex((x) => x.kind === 'subtotal');
  const tot = items.findIndex((x) => x.kind === 'total');
  if (sub >= 0 && items[sub].cell.amount) {
    const parts = firstLevel(0, sub);
    if (parts.length) out.push(cellSumFinding(ctx, 'W4', `${title} ${items[sub].name}`, items[sub].cell, parts.map((p) => p.cell)));
  }
  if (tot >= 0 && items[tot].cell.amount) {
    const side = /收入/.test(items[tot].name) ? 'W2' : 'W3';
    const parts = sub >= 0 && sub < tot ? [items[sub], ...firstLevel(sub + 1, tot)] : firstLevel(0, tot);
    if (parts.length) out.push(cellSumFinding(ctx, sub >= 0 ? side : 'W4', `${title} ${items[tot].name}`, items[tot].cell, parts.map((p) => p.cell)));
  }
  return out;
}

export function summaryFindings(ctx: RuleContext): FindingDraft[] {
  let all = cachedDrafts(CACHE, ctx);
  if (all) return all;
  all = [];
  for (const view of tableViews(ctx.doc)) {
    if (!view.role || !SUMMARY_ROLES.has(view.role) || view.blocks.length < 2) continue;
    const title = view.table.title || view.table.id;
    const totals: OutlineItem[] = [];
    for (const block of view.blocks) {
      for (const col of block.amounts) {
        const items = outlineOf(view, block, col);
        all.push(...sumsOf(ctx, items, title));
        const total = items.find((x) => x.kind === 'total');
        if (total && col === block.amounts[0]) totals.push(total);
      }
    }
    const income = totals.find((t) => /收入/.test(t.name));
    const spend = totals.find((t) => /支出/.test(t.name));
    if (income && spend) all.push(cellEqualFinding(ctx, 'W1', `${title} 收入总计 = 支出总计`, income.cell, spend.cell));
  }
  cacheDrafts(CACHE, ctx, all);
  return all;
}
