// The JSON a check produces (schema "dlens.check/1"); documented in README.md.
import type { DocumentInfo, SourceInfo } from '../model';
import type { CountedStatus, Finding, Status } from '../rules';
import type { KeyedMark } from '../findings';
import type { Coverage } from './coverage';

export const CHECK_SCHEMA = 'dlens.check/1';

export interface CheckReport {
  schema: typeof CHECK_SCHEMA;
  source: SourceInfo;
  document: DocumentInfo;
  findings: Finding[];
  summary: Record<CountedStatus, number>;
  /** What could be read and checked (absent for a document that is not a disclosure). */
  coverage?: Coverage;
  /** One line saying how much was checked, in the report's language. */
  headline?: string;
  /** Set instead of findings when the document could not be read. */
  error?: { kind: string; message: string };
  /** The reader's marks whose finding this check no longer reports (set only when marks were attached). */
  orphanedMarks?: KeyedMark[];
}
