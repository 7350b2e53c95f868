// What a check is and what it returns. See docs/ARCHITECTURE.md "Adding a rule".
import type { DisclosureDocument } from '../model/types';
import type { Claims } from '../claims';
import type { Tolerance } from '../amount';
import type { Finding, Lang, Localized } from '../findings';

export type { Status, CountedStatus, Lang, Localized, FindingValue, Evidence, Finding } from '../findings';
export { STATUSES } from '../findings';

export interface RuleMeta {
  id: string; // "N2", "Y1", "T-malformed-number"
  kind: 'hard' | 'soft' | 'hygiene';
  description: Localized;
}

export interface RuleContext {
  doc: DisclosureDocument;
  claims: Claims;
  tolerance: Tolerance;
  lang: Lang;
}

export interface Rule {
  meta: RuleMeta;
  /** Returns findings without `id` (the runner numbers them). */
  check(ctx: RuleContext): Omit<Finding, 'id'>[];
}
