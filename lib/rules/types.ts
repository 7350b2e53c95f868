// What a check is and what it returns. See docs/ARCHITECTURE.md "Adding a rule".
import type { DisclosureDocument } from '../model';
import type { Claims } from '../claims';
import type { Tolerance } from '../amount';
import type { Finding, Lang, Localized } from '../findings';

export type { Status, CountedStatus, Lang, Localized, FindingValue, Evidence, Finding } from '../findings';
export { STATUSES } from '../findings';

/** A rule's messages by id, in both languages, with {placeholders} filled from a finding's data. */
export type Messages = Record<string, Localized>;
/** A message's data; a value the engine words itself (a table's standard name) is given in both languages. */
export type MessageData = Record<string, string | number | undefined | Localized>;

export interface RuleMeta {
  id: string; // "N2", "Y1"
  kind: 'hard' | 'soft' | 'hygiene';
  description: Localized;
  /** Every message the rule's findings are worded from (as ESLint's meta.messages). */
  messages: Messages;
}

/**
 * What a rule returns: a finding before the runner numbers it and words it in the run's language
 * from the rule's `meta.messages[messageId]` and `data` (its tolerance likewise, from both languages).
 */
export type FindingDraft = Omit<Finding, 'id' | 'message' | 'formula' | 'tolerance' | 'messageId'> & {
  messageId: string;
  data?: MessageData;
  /** Numbers and symbols only are one string; a formula with words is given in both languages. */
  formula: string | Localized;
  tolerance: Localized | null;
};

export interface RuleContext {
  doc: DisclosureDocument;
  claims: Claims;
  tolerance: Tolerance;
  lang: Lang;
}

export interface Rule {
  meta: RuleMeta;
  /** Returns drafts; the runner numbers and words them. */
  check(ctx: RuleContext): FindingDraft[];
}
