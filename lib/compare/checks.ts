// What the cross-year checks (C1 c1.ts, C2 c2.ts, C3 c3.ts) share: their input, and one figure of
// each document compared for equality.
import { compareEqual, type Tolerance } from '../amount';
import type { Claims } from '../claims';
import type { DisclosureDocument } from '../model';
import type { Finding, Lang } from '../rules';
import { say, type Messages } from '../rules';
import { fmt } from '../rules';
import { cellRef, cellValue, amountIn, type TableView, type Row } from '../tables';
import type { AlignedItem } from './align';
import { labelledIn } from './label';

export type FindingDraft = Omit<Finding, 'id'>;

export interface CheckInput {
  prior: DisclosureDocument;
  current: DisclosureDocument;
  priorClaims: Claims;
  currentClaims: Claims;
  items: AlignedItem[];
  lang: Lang;
  tolerance?: Tolerance;
}

/** Per-claim outcome counts of C1 (the must-show figures). */
export interface C1Stats {
  claims: number; // "比上年" statements with an amount, a rate or 持平
  computable: number; // with this year's figure and last year's found
  pass: number;
  rounding: number;
  fail: number;
}

export interface CellAt {
  doc: DisclosureDocument;
  view: TableView;
  row: Row;
  col: number;
  /** What the cell is, when the row's own name does not say it (a 年末 figure on a 年初 row). */
  label?: string;
}

/** One cell of last year's (or the budget's) document `a` against one of this document `b`. */
export function equalFinding(
  rule: string,
  messages: Messages,
  lang: Lang,
  data: Record<string, string>,
  a: CellAt,
  b: CellAt,
  tol: Tolerance,
): FindingDraft {
  const unit = a.view.unit || b.view.unit;
  const ra = cellRef(a.view, a.row, a.col),
    rb = cellRef(b.view, b.row, b.col);
  const la = a.label && cellValue(ra, a.label),
    lb = b.label && cellValue(rb, b.label);
  const va = amountIn(ra, unit),
    vb = amountIn(rb, unit);
  const verdict = compareEqual(va, vb, tol);
  const values = [labelledIn(a.doc, la || cellValue(ra), lang, a.view.table), labelledIn(b.doc, lb || cellValue(rb), lang, b.view.table)];
  const ta = `${fmt(va.value, va.decimals)} ${unit}`,
    tb = `${fmt(vb.value, vb.decimals)} ${unit}`;
  return {
    rule,
    status: verdict.status,
    values,
    table: b.view.table.id,
    formula: `${values[0].label} = ${values[1].label}`,
    expected: ta,
    actual: tb,
    difference: verdict.difference.toString(),
    tolerance: verdict.toleranceText[lang],
    evidence: [{ page: values[1].page, bbox: values[1].bbox, text: b.view.table.title }],
    messageId: verdict.status,
    message: say(messages, verdict.status, lang, { ...data, prior: ta, current: tb }),
  };
}
