// What a check returns: findings, their numbers and evidence, statuses, languages. A leaf: the
// layers below rules (tables) and above them (report, compare, extension) share these types.
import type { BBox } from '../model';

/** `note`: a finding of a rule demoted until it is precise enough (collapsed, never counted). */
export type Status = 'pass' | 'rounding' | 'fail' | 'warn' | 'unverifiable' | 'note';
/** The statuses a report counts (a `note` never is). */
export type CountedStatus = Exclude<Status, 'note'>;
export const STATUSES: CountedStatus[] = ['pass', 'rounding', 'fail', 'warn', 'unverifiable'];

export type Lang = 'zh' | 'en';
export type Localized = Record<Lang, string>;

/** One number a finding used, with where it was printed. */
export interface FindingValue {
  label: string;
  text: string; // as printed, "1,253.18万元"
  value: string | null; // exact decimal as a string, in `unit`; null for a non-number
  unit: string; // "万元", "元", "%", "" for counts
  page: number;
  bbox?: BBox;
  /** A number wrapped over a line break: one box per line (bbox is their union). */
  boxes?: BBox[];
  node?: string; // HTML element path (see lib/html): the element holding the number
  start?: number; // offsets of the number in that element's textContent (HTML) or block text
  end?: number;
  block?: number; // narrative block index, when from text
  table?: string; // table id, when from a cell
  row?: number;
  col?: number;
}

export interface Evidence {
  page: number;
  text: string; // the sentence or the table title the finding is about
  bbox?: BBox;
  /** Text wrapped over line breaks: one box per line (bbox is their union). */
  boxes?: BBox[];
  node?: string;
  start?: number; // offsets into the block text, for highlighting in text views
  end?: number;
  block?: number;
}

/** A reader's conclusion about a finding: 已核实 confirmed, 误报 false alarm, 已问询 asked the department. */
export type MarkKind = 'confirmed' | 'false-alarm' | 'asked';
export const MARK_KINDS: MarkKind[] = ['confirmed', 'false-alarm', 'asked'];

export interface Mark {
  kind: MarkKind;
  note?: string;
  date: string; // ISO 8601, when the reader marked it
}

/** A mark as saved and exported: under its finding's key (lib/findings/key.ts), with the finding's words for when it is gone. */
export interface KeyedMark extends Mark {
  key: string;
  rule?: string;
  message?: string;
}

export interface Finding {
  id: string; // unique within a report: `${rule}:${n}`
  rule: string; // rule id, e.g. "N2"
  status: Status;
  message: string; // in the requested language
  /** The id of the rule's message it was worded from (`meta.messages`), stable across languages. */
  messageId?: string;
  formula: string; // "1253.18 + 813.52 + 30.06 + 20 = 2116.76"
  values: FindingValue[];
  expected: string | null; // what the identity requires
  actual: string | null; // what the document prints
  difference: string | null;
  tolerance: string | null; // "±0.025 万元 (rounding interval, 5 operands)"
  evidence: Evidence[];
  /** A fail that follows from another printed error (that finding's id): shown under it, not counted. */
  knockOnOf?: string;
  /** Set when a fail was withheld as a probable misreading of the table or sentence (the reason's key). */
  misread?: string;
  /** Table the finding is about, for grouping in reports, and its printed title. */
  table?: string;
  tableTitle?: string;
  /** The reader's mark, attached from their saved marks by the finding's key (lib/review/marks.ts). */
  mark?: Mark;
}
