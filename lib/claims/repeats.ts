// The same quantity stated more than once ("政府采购预算179.80万元" … "政府采购预算179.8万元").
import type { Quantity } from './quantities';

export interface RepeatClaim {
  key: string;
  quantities: Quantity[]; // two or more, in document order, different sentences
}

/** Labels too generic to identify one quantity on their own. */
const GENERIC_KEYS = new Set(['', '其中', '合计', '共', '总计', '价值', '资金', '金额', '支出', '收入', '项目', '涉及资金', '费', '万元']);
export const MIN_KEY_LENGTH = 3;

export function collectRepeats(quantities: Quantity[], listItems: Set<Quantity>): RepeatClaim[] {
  const groups = new Map<string, Quantity[]>();
  for (const q of quantities) {
    // List items ("其中：印刷费…") are named relative to their whole; the same name elsewhere may be another item.
    if (listItems.has(q) || q.amount.kind !== 'money' || q.changeWord || q.key.length < MIN_KEY_LENGTH || GENERIC_KEYS.has(q.key)) continue;
    groups.set(q.key, [...(groups.get(q.key) ?? []), q]);
  }
  return [...groups].map(([key, qs]) => ({ key, quantities: qs })).filter((g) => new Set(g.quantities.map((q) => q.sentence)).size > 1);
}
