// A rule over "whole = Σ parts" narrative claims of one topic.
import type { Rule, RuleMeta } from '../types';
import { topicOf, type Topic } from './topics';
import { sumFinding } from './sum-finding';
import { SUM_MESSAGES, sumMessageId } from './sum-messages';

export function sumRule(meta: Omit<RuleMeta, 'messages'>, topic: Topic, complete: boolean | 'as-worded'): Rule {
  return {
    meta: { ...meta, messages: SUM_MESSAGES },
    check(ctx) {
      return ctx.claims.parts
        .filter((c) => topicOf(c) === topic)
        .map((c) =>
          sumFinding(
            meta.id,
            c.whole,
            c.parts,
            ctx,
            { relation: 'eq', complete: !c.partial && (complete === 'as-worded' ? c.complete : complete) },
            (o) => sumMessageId(o, 'eq'),
          ),
        );
    },
  };
}
