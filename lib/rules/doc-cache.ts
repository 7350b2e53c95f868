// Findings several rules share are worked out once per document (they read the same tables). The
// drafts' words depend on the language and their verdicts on the tolerance profile, so those are
// part of the key: a second run on the same model in the other language (the extension's language
// switch) must not get the first run's messages.
import type { RuleContext } from './types';
import type { FindingDraft } from './sum-finding';

export type DocCache = WeakMap<RuleContext['doc'], Map<string, FindingDraft[]>>;

const keyOf = (ctx: RuleContext) => `${ctx.lang}|${ctx.tolerance.profile}`;

export function cachedDrafts(cache: DocCache, ctx: RuleContext): FindingDraft[] | undefined {
  return cache.get(ctx.doc)?.get(keyOf(ctx));
}

export function cacheDrafts(cache: DocCache, ctx: RuleContext, drafts: FindingDraft[]): void {
  let byKey = cache.get(ctx.doc);
  if (!byKey) cache.set(ctx.doc, (byKey = new Map()));
  byKey.set(keyOf(ctx), drafts);
}
