// Finding the amount a sentence talks about elsewhere in the narrative, by its normalised label.
import type { ChangeClaim, Quantity } from '../../claims';
import type { RuleContext } from '../types';

const SIDE = /(收入|支出)$/;

/** Keys that name the same quantity: "财政拨款收入" ~ "财政拨款" (income side), "收入" ~ "收入". */
export function sameSubject(subjectKey: string, labelKey: string): boolean {
  if (!subjectKey || !labelKey) return false;
  if (subjectKey === labelKey) return true;
  return subjectKey === labelKey + '收入' && !SIDE.test(labelKey);
}

/** Scope words a label may carry in front of the subject without changing what it names. */
const SCOPE = /^(一般公共预算|财政拨款|部门|本部门|单位)$/;

export function findByKey(ctx: RuleContext, key: string, notSentence?: number): Quantity | undefined {
  const candidates = ctx.claims.quantities.filter((q) => q.amount.kind === 'money' && !q.changeWord && q.sentence !== notSentence);
  const exact = candidates.find((q) => sameSubject(key, q.key));
  if (exact || !key) return exact;
  const scoped = candidates.filter((q) => q.key.endsWith(key) && SCOPE.test(q.key.slice(0, -key.length)));
  return new Set(scoped.map((q) => q.amount.value.toString())).size === 1 ? scoped[0] : undefined;
}

/** This year's value for a change statement: printed in the sentence, or stated elsewhere under the same name. */
export function currentValue(ctx: RuleContext, c: ChangeClaim): Quantity | undefined {
  return c.current ?? findByKey(ctx, c.subjectKey, c.sentence);
}
