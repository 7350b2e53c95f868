export type { Status, CountedStatus, Lang, Localized, FindingValue, Evidence, Finding } from './types';
export { STATUSES } from './types';
