// Runs every rule over a document; one rule's crash becomes a finding, never the whole report's.
import type { CountedStatus, Finding, FindingDraft, Lang, Rule, RuleContext, Status } from '../types';
import { say, type Messages } from './message';
import { STATUSES } from '../types';
import { applyPlausibility, unitSlip } from './plausibility';

export interface RunResult {
  findings: Finding[];
  summary: Record<CountedStatus, number>;
}

const STATUS_ORDER: Record<Status, number> = { fail: 0, warn: 1, unverifiable: 2, rounding: 3, pass: 4, note: 5 };

/**
 * Rules whose fails and warns the precision ledger (bench/ledger, npm run ledger) found too often
 * wrong: until they reach the precision the project requires, what they flag is a `note`.
 */
export const DEMOTED: Record<string, string> = {
  T2: 'same name, different amounts: 1 of 19 flagged on the corpora was a real error (the same name is used in different scopes)',
  X14: 'performance-target funds above project spending: its one warn on the corpora was a 部门主管专项资金 outside the department budget',
};

/** The runner's own words: a rule that crashed. */
export const RUNNER_MESSAGES: Messages = {
  crashed: { zh: '检查出错，未能完成：{error}', en: 'this check crashed and was not completed: {error}' },
  knockOn: { zh: '（由 {cause} 引起，不另计）', en: ' (follows from {cause}; not counted again)' },
};

/** A draft worded in the run's language from its rule's messages. */
function worded(rule: Rule, d: FindingDraft, id: string, ctx: RuleContext): Finding {
  const { data, messageId, tolerance, rule: r, status, formula, values, expected, actual, difference, evidence, ...rest } = d;
  const message = say(rule.meta.messages, messageId, ctx.lang, data);
  return {
    id,
    rule: r,
    status,
    message,
    formula: typeof formula === 'string' ? formula : formula[ctx.lang],
    values,
    expected,
    actual,
    difference,
    tolerance: tolerance ? tolerance[ctx.lang] : null,
    evidence,
    ...rest,
    messageId,
  };
}

function crashed(rule: Rule, err: unknown, ctx: RuleContext): Finding {
  return {
    id: `${rule.meta.id}:1`,
    rule: rule.meta.id,
    status: 'warn',
    messageId: 'crashed',
    message: say(RUNNER_MESSAGES, 'crashed', ctx.lang, { error: (err as Error).message }),
    formula: '',
    values: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence: [],
  };
}

export function runRules(rules: Rule[], ctx: RuleContext): RunResult {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let own: Finding[];
    try {
      own = rule.check(ctx).map((d, i) => worded(rule, d, `${rule.meta.id}:${i + 1}`, ctx));
    } catch (err) {
      own = [crashed(rule, err, ctx)];
    }
    const demoted = rule.meta.id in DEMOTED;
    for (const f of own) findings.push(demoted && (f.status === 'fail' || f.status === 'warn') ? { ...f, status: 'note' } : f);
  }
  applyPlausibility(findings, ctx.lang);
  findings.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || firstPage(a) - firstPage(b));
  markKnockOns(findings, ctx.lang);
  const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CountedStatus, number>;
  // The headline counts distinct printed errors: a knock-on fail is shown under its cause, not counted.
  for (const f of findings) if (f.status !== 'note' && !f.knockOnOf) summary[f.status]++;
  return { findings, summary };
}

/** Where a number was printed: a narrative position or a table cell. */
function anchors(f: Finding): string[] {
  return f.values
    .map((v) => (v.table ? `c:${v.table}:${v.row}:${v.col}` : v.block !== undefined ? `n:${v.block}:${v.start}` : ''))
    .filter(Boolean);
}

/**
 * One printed error often breaks several identities (a 元 printed for 万元 breaks the total, the
 * 其中 list and every share of it). Fails that use a number an earlier fail already used are its
 * knock-ons; a unit slip is taken as the cause first.
 */
function markKnockOns(findings: Finding[], lang: Lang): void {
  const fails = findings.filter((f) => f.status === 'fail');
  const order = [...fails].sort((a, b) => Number(unitSlip(b)) - Number(unitSlip(a)));
  const owner = new Map<string, Finding>();
  for (const f of order) {
    const cause = anchors(f)
      .map((a) => owner.get(a))
      .find(Boolean);
    if (cause) {
      f.knockOnOf = cause.id;
      f.message += say(RUNNER_MESSAGES, 'knockOn', lang, { cause: cause.id });
    } else for (const a of anchors(f)) owner.set(a, f);
  }
}

function firstPage(f: Finding): number {
  return f.evidence[0]?.page ?? f.values[0]?.page ?? 0;
}
