import { tableViews, type OutlineItem } from '../tables';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import { firstLevel, hasValues, namedLines, spannedSubtotal, subtotalIndex, summaryOutlines, totalIndex } from './support/summary-outline';
import { guessed } from './support/named-hierarchy';
import { subtotalGroups } from './support/subtotal-groups';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/** Parents = Σ numbered sub-items (一、财政拨款收入 = 1.一般公共预算 + 2.…); 本年…合计 = Σ items; 总计 = Σ items when no 合计 is printed. */
function summaryItems(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const outlines = summaryOutlines(ctx);
  for (const o of outlines.filter(hasValues)) {
    const { items, title } = o;
    items.forEach((item, i) => {
      if (item.kind !== 'item') return;
      const kids: OutlineItem[] = [];
      for (
        let j = i + 1;
        j < items.length && items[j].level > item.level && (items[j].kind === 'item' || items[j].kind === 'detail');
        j++
      ) {
        if (items[j].kind === 'item' && items[j].level === item.level + 1) kids.push(items[j]);
      }
      if (kids.length && item.cell.amount)
        out.push(
          cellSumFinding(
            ctx,
            'W4',
            joinWhat(title, ` ${item.name}`),
            item.cell,
            kids.map((k) => k.cell),
          ),
        );
    });
    const sub = subtotalIndex(items);
    const tot = totalIndex(items);
    /** The subtotal or total line at `at` = the lines it adds up. */
    const classSum = (at: number) => {
      const [parts, uncertain] = classLines(items, at);
      if (parts.length)
        out.push(
          guessed(
            cellSumFinding(
              ctx,
              'W4',
              joinWhat(title, ` ${items[at].name}`),
              items[at].cell,
              parts.map((p) => p.cell),
            ),
            uncertain,
          ),
        );
    };
    if (sub >= 0 && items[sub].cell.amount) classSum(sub);
    const spanned = o.first ? spannedSubtotal(o, outlines) : undefined;
    if (spanned) {
      const parts = items.filter((x) => x.level === 1 && x.kind === 'item' && x.cell.row.index < spanned.cell.row.index);
      const group = o.view.columns[o.block.amounts[0]]?.path.at(-2);
      if (parts.length)
        out.push(
          cellSumFinding(
            ctx,
            'W4',
            joinWhat(title, ` ${spanned.name}${group ? `（${group}）` : ''}`),
            spanned.cell,
            parts.map((p) => p.cell),
          ),
        );
    }
    if (sub < 0 && tot >= 0 && items[tot].cell.amount) classSum(tot);
  }
  return [...out, ...groupedItems(ctx)];
}

/** The lines a subtotal at `end` adds up: the first-level items, or the 类 of a block listing 类 / 款 / 项 by name. */
function classLines(items: OutlineItem[], end: number): [OutlineItem[], boolean] {
  const named = namedLines(items, end);
  if (!named) return [firstLevel(items, 0, end), false];
  return [named.placed.filter((p) => p.level === 1).map((p) => named.items[p.index]), named.uncertain.has(-1)];
}

/** A table whose groups open with a 小计 line: each 小计 = Σ its lines, the 总计 = Σ the 小计 lines. */
function groupedItems(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc)) {
    if (!v.role || v.unitBlock) continue;
    for (const { total, groups } of subtotalGroups(v)) {
      const valued = groups.filter((g) => [g.subtotal, ...g.members].some((c) => c.amount && !c.amount.value.isZero()));
      if (!valued.length) continue;
      for (const g of valued)
        if (g.members.length) out.push(cellSumFinding(ctx, 'W4', joinWhat(tableName(v), ` ${g.name} 小计`), g.subtotal, g.members));
      if (total?.amount)
        out.push(
          cellSumFinding(
            ctx,
            'W4',
            joinWhat(tableName(v), ` ${total.row.name}`),
            total,
            groups.map((g) => g.subtotal),
          ),
        );
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W4',
    kind: 'hard',
    description: {
      zh: '本年收入（支出）合计等于各收入来源（各类支出）之和；上级项目等于其下列明细之和',
      en: 'This year’s income (spending) total equals the sum of its sources (classes); a numbered item equals its sub-items',
    },
    messages: TABLE_MESSAGES,
  },
  check: summaryItems,
};
export default rule;
