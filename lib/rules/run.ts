// Runs every rule over a document; one rule's crash becomes a finding, never the whole report's.
import type { CountedStatus, Finding, Rule, RuleContext, Status } from './types';
import { STATUSES } from './types';
import { applyPlausibility } from './plausibility';

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
};

export function runRules(rules: Rule[], ctx: RuleContext): RunResult {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let drafts;
    try {
      drafts = rule.check(ctx);
    } catch (err) {
      drafts = [{
        rule: rule.meta.id, status: 'warn' as const,
        message: `${ctx.lang === 'zh' ? '检查出错，未能完成' : 'this check crashed and was not completed'}: ${(err as Error).message}`,
        formula: '', values: [], expected: null, actual: null, difference: null, tolerance: null, evidence: [],
      }];
    }
    const demoted = rule.meta.id in DEMOTED;
    drafts.forEach((d, i) => findings.push({ id: `${rule.meta.id}:${i + 1}`, ...d, ...(demoted && (d.status === 'fail' || d.status === 'warn') ? { status: 'note' as const } : {}) }));
  }
  applyPlausibility(findings, ctx.lang);
  findings.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || firstPage(a) - firstPage(b));
  const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CountedStatus, number>;
  for (const f of findings) if (f.status !== 'note') summary[f.status]++;
  return { findings, summary };
}

function firstPage(f: Finding): number {
  return f.evidence[0]?.page ?? f.values[0]?.page ?? 0;
}
