// N9: 资产总额 ≥ 固定资产 ≥ 房屋价值 + 车辆价值; vehicles by type add up to the vehicle count.
import type { Quantity } from '../claims';
import type { Rule, RuleContext } from './types';
import { topicOf } from './support/topics';
import { sumFinding, type FindingDraft } from './support/sum-finding';
import { SUM_MESSAGES, sumMessageId } from './support/sum-messages';

/** "固定资产中共有房屋…价值a万元；…车辆…价值b万元": the values listed are a subset of the named asset. */
const SUBSET_OF = /^(.{2,10}?)中[，,]?(?:共有|有|包括)?/;

function subsetClaims(ctx: RuleContext): { whole: Quantity; parts: Quantity[] }[] {
  const out: { whole: Quantity; parts: Quantity[] }[] = [];
  ctx.claims.sentences.forEach((s, si) => {
    const m = SUBSET_OF.exec(s.text);
    if (!m || !/资产/.test(m[1])) return;
    const whole = ctx.claims.quantities.filter((q) => q.sentence < si && q.amount.kind === 'money' && q.label.endsWith(m[1])).at(-1);
    const parts = ctx.claims.quantities.filter((q) => q.sentence === si && q.amount.kind === 'money' && !q.changeWord);
    if (whole && parts.length) out.push({ whole, parts });
  });
  return out;
}

const rule: Rule = {
  meta: {
    id: 'N9',
    kind: 'hard',
    description: {
      zh: '资产总额不小于固定资产，固定资产不小于房屋与车辆价值之和；车辆总数等于各类车辆之和',
      en: 'Total assets ≥ fixed assets ≥ buildings + vehicles (by value); the vehicle count equals the sum by type',
    },
    messages: SUM_MESSAGES,
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const c of ctx.claims.parts.filter((p) => topicOf(p) === 'N9')) {
      const isCount = c.whole.amount.kind === 'count';
      const relation = isCount ? 'eq' : 'ge';
      out.push(sumFinding('N9', c.whole, c.parts, ctx, { relation, complete: c.complete && !c.partial }, (o) => sumMessageId(o, relation)));
    }
    for (const c of subsetClaims(ctx)) {
      out.push(sumFinding('N9', c.whole, c.parts, ctx, { relation: 'ge', complete: false }, (o) => sumMessageId(o, 'ge')));
    }
    return out;
  },
};
export default rule;
