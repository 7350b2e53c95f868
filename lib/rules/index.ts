// The rule registry: every check, by id, in one sorted list. Adding a rule adds one line here.
import type { Rule } from './types';
import { malformedNumber, unitCharacter } from './h1-malformed-number';
import h3 from './h3-impossible-year';
import h4 from './h4-placeholder';
import h5 from './h5-doubled-punctuation';
import h6 from './h6-unbalanced-brackets';
import n1 from './n1-narrative-totals';
import n2 from './n2-expenditure-by-economic-class';
import n3 from './n3-items-vs-table';
import w1 from './w1-income-equals-expenditure';
import w2 from './w2-income-total';
import w3 from './w3-expenditure-total';
import w4 from './w4-summary-items';
import w5 from './w5-income-sources';
import w6 from './w6-basic-plus-project';
import w7 from './w7-personnel-plus-public';
import w8 from './w8-code-hierarchy';
import w9 from './w9-economic-hierarchy';
import w11 from './w11-fund-columns';
import w13 from './w13-three-public-table';
import w10 from './w10-personnel-public-classes';
import w12 from './w12-carry-over';
import w14 from './w14-project-total';
import x12 from './x12-three-public-vs-basic';
import g1 from './g1-document-glossary';
import k1 from './k1-completeness';
import x13 from './x13-running-costs';
import x3 from './x3-fiscal-income';
import x14 from './x14-performance-funds';
import y4 from './y4-table-change-column';
import x1 from './x1-income-table-vs-summary';
import x2 from './x2-expenditure-table-vs-summary';
import x4 from './x4-general-budget-vs-fiscal-summary';
import x5 from './x5-general-budget-rows-vs-expenditure';
import x6 from './x6-basic-table-vs-general-budget';
import x7 from './x7-projects-vs-expenditure';
import x8 from './x8-final-income-table';
import x9 from './x9-final-expenditure-table';
import x10 from './x10-final-general-budget';
import x11 from './x11-final-basic-table';
import n4 from './n4-three-public-costs';
import n5 from './n5-shares';
import n6 from './n6-completion';
import n7 from './n7-procurement';
import n8 from './n8-running-costs';
import n9 from './n9-assets';
import n10 from './n10-performance-coverage';
import n11 from './n11-parts-within-whole';
import t1 from './t1-enumerated-count';
import t2 from './t2-repeated-quantity';
import t3 from './t3-item-headline';
import y1 from './y1-stated-change';
import y2 from './y2-direction-word';
import y3 from './y3-repeated-change';
import y5 from './y5-change-reason';
import c1 from './c1-stated-change-vs-prior';
import c2 from './c2-opening-vs-closing';
import c3 from './c3-budget-in-final';

export const RULES: Rule[] = [
  malformedNumber, // H1
  unitCharacter, // H2
  h3,
  h4,
  h5,
  h6,
  n1,
  n2,
  n3,
  n4,
  n5,
  n6,
  n7,
  n8,
  n9,
  n10,
  n11,
  t1,
  t2,
  t3,
  w1,
  w2,
  w3,
  w4,
  w5,
  w6,
  w7,
  w8,
  w9,
  w10,
  w11,
  w12,
  w13,
  w14,
  x3,
  x12,
  x13,
  x14,
  g1,
  k1,
  y4,
  x1,
  x2,
  x4,
  x5,
  x6,
  x7,
  x8,
  x9,
  x10,
  x11,
  y1,
  y2,
  y3,
  y5,
  c1,
  c2,
  c3, // across years: checked by lib/compare when a prior document is given
];

export { runRules } from './support/run';
export type { Rule, Finding, Status, Lang, RuleContext, FindingValue, Evidence } from './types';
export { STATUSES } from './types';
export type { CountedStatus } from './types';
export { DEMOTED } from './support/run';
export { rulesMarkdown } from './support/doc';
// Shared arithmetic and anchoring that lib/compare's year-over-year checks reuse.
export { quantityValue, textEvidence } from './support/anchor';
export { operandIn, fmt } from './support/sum-finding';
// Message wording (zh/en templates with {placeholders}) for the year-over-year checks in lib/compare.
export { say, format, type Messages } from './support/message';
// The words of the cross-year rules, which lib/compare runs with two documents.
export { C1_MESSAGES } from './c1-stated-change-vs-prior';
export { C2_MESSAGES } from './c2-opening-vs-closing';
export { C3_MESSAGES } from './c3-budget-in-final';
