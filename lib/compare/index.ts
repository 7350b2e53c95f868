// Year-over-year comparison: two documents of one department → aligned line items and C-findings.
import { extractClaims } from '../claims';
import type { DisclosureDocument } from '../model';
import type { CountedStatus, Finding, Lang, Status } from '../rules';
import { STATUSES } from '../rules';
import type { Tolerance } from '../amount';
import { alignDocuments, type AlignedItem, type MatchKind } from './align';
import type { C1Stats, FindingDraft } from './checks';
import { checkC1, c1Stats } from './c1';
import { checkC2 } from './c2';
import { checkC3 } from './c3';
import { docLabel, isBudget, isFinal } from './label';
import { word } from './words';

export interface CompareSummary {
  prior: string; // "2017 budget js_x.pdf"
  current: string;
  /** Which checks apply to this pair, and why the others do not. */
  applies: { rule: 'C1' | 'C2' | 'C3'; applies: boolean; why: string }[];
  matches: Record<MatchKind, number>;
  c1: C1Stats;
  findings: Record<CountedStatus, number>;
}

export interface Comparison {
  items: AlignedItem[];
  findings: Finding[];
  summary: CompareSummary;
}

export interface CompareOptions {
  lang?: Lang;
  tolerance?: Tolerance;
}

const STATUS_ORDER: Record<Status, number> = { fail: 0, warn: 1, unverifiable: 2, rounding: 3, pass: 4, note: 5 };

function applicability(prior: DisclosureDocument, current: DisclosureDocument, lang: Lang): CompareSummary['applies'] {
  const py = prior.info.year,
    cy = current.info.year;
  const consecutive = py !== undefined && cy !== undefined && cy - py === 1;
  const sameKind = (isBudget(prior) && isBudget(current)) || (isFinal(prior) && isFinal(current));
  const finals = isFinal(prior) && isFinal(current);
  const budgetFinal = isBudget(prior) && isFinal(current);
  const w = (id: string) => word(id, lang, { years: `${py ?? '?'} → ${cy ?? '?'}`, py: py ?? '?', cy: cy ?? '?' });
  return [
    { rule: 'C1', applies: consecutive && sameKind, why: w(!consecutive ? 'notConsecutive' : sameKind ? 'consecutive' : 'otherKind') },
    { rule: 'C2', applies: consecutive && finals, why: w(!finals ? 'needsTwoFinals' : consecutive ? 'twoFinals' : 'notConsecutive') },
    {
      rule: 'C3',
      applies: budgetFinal && py === cy,
      why: w(!budgetFinal ? 'needsBudgetAndFinal' : py === cy ? 'ownBudget' : 'budgetYear'),
    },
  ];
}

export function compareDocuments(prior: DisclosureDocument, current: DisclosureDocument, opts: CompareOptions = {}): Comparison {
  const lang = opts.lang ?? 'zh';
  const items = alignDocuments(prior, current, lang);
  const applies = applicability(prior, current, lang);
  const on = (rule: string) => applies.find((a) => a.rule === rule)!.applies;
  const input = {
    prior,
    current,
    priorClaims: extractClaims(prior),
    currentClaims: extractClaims(current),
    items,
    lang,
    tolerance: opts.tolerance,
  };
  const drafts: FindingDraft[] = [];
  const c1Drafts = on('C1') ? checkC1(input) : [];
  drafts.push(...c1Drafts);
  const c1 = c1Stats(c1Drafts);
  if (on('C2')) drafts.push(...checkC2(input));
  if (on('C3')) drafts.push(...checkC3(input));
  const counters: Record<string, number> = {};
  const findings = drafts
    .map((d): Finding => ({ id: `${d.rule}:${(counters[d.rule] = (counters[d.rule] ?? 0) + 1)}`, ...d }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const matches = { code: 0, moved: 0, name: 0, fuzzy: 0, appeared: 0, disappeared: 0 } as Record<MatchKind, number>;
  for (const i of items) matches[i.match]++;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, findings.filter((f) => f.status === s).length])) as Record<
    CountedStatus,
    number
  >;
  return {
    items,
    findings,
    summary: {
      prior: docLabel(prior, lang),
      current: docLabel(current, lang),
      applies,
      matches,
      c1,
      findings: counts,
    },
  };
}

export { alignDocuments };
export { mergeDocuments, originOf } from './merge';
export { withPriorYear, withFindings } from './report';
export { formatComparison, COMPARE_SCHEMA, type CompareFormat } from './format';
export type { AlignedItem, MatchKind, C1Stats };
export { LARGE_CHANGE_PERCENT } from './align';
export { docLabel } from './label';
