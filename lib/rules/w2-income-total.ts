import { cellSumFinding, joinWhat, TABLE_MESSAGES } from './support/table-finding';
import { firstLevel, hasValues, subtotalIndex, summaryOutlines, totalIndex } from './support/summary-outline';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/** 收入总计 = 本年收入合计 + the lines printed between them (carry-overs, reserves drawn, balances carried forward). */
export function grandTotal(ctx: RuleContext, rule: string, side: RegExp): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const o of summaryOutlines(ctx).filter(hasValues)) {
    const { items, title } = o;
    const sub = subtotalIndex(items);
    const tot = totalIndex(items);
    if (sub < 0 || tot < 0 || !items[tot].cell.amount || !side.test(items[tot].name)) continue;
    const parts = sub < tot ? [items[sub], ...firstLevel(items, sub + 1, tot)] : firstLevel(items, 0, tot);
    if (parts.length)
      out.push(
        cellSumFinding(
          ctx,
          rule,
          joinWhat(title, ` ${items[tot].name}`),
          items[tot].cell,
          parts.map((p) => p.cell),
        ),
      );
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W2',
    kind: 'hard',
    description: {
      zh: '收入总计 = 本年收入合计 + 用事业基金弥补收支差额（使用非财政拨款结余）+ 上年结转（年初结转和结余）',
      en: 'Total income = this year’s income + reserves drawn + carry-over from earlier years',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => grandTotal(ctx, 'W2', /收入/),
};
export default rule;
