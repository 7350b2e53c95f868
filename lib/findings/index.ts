export type { Status, CountedStatus, Lang, Localized, FindingValue, Evidence, Finding, Mark, MarkKind, KeyedMark } from './types';
export { STATUSES, MARK_KINDS } from './types';
export { baseKey, findingKeys, type KeyedFinding } from './key';
export { UNREADABLE } from './unreadable';
