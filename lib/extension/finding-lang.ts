// Findings in the UI language (pure part). The engine words its findings in one language per run;
// the extension runs the cheap rule step once per language on the same model and picks by the UI
// language. A language may change the words only: the same findings (ids, rules, statuses, in the
// same order) and the same counts, or the run is refused. (Tolerance texts and the year-over-year
// labels are worded in the run's language where they are made: lib/amount, lib/compare/label.ts.)
import type { CheckReport } from '../report';
import type { Finding, Lang } from '../rules';
import { STATUSES } from '../rules';
import { withFindings } from '../compare';

export type ByLang<T> = Record<Lang, T>;
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Throws unless both lists hold the same findings (id, rule, status) in the same order. */
export function assertSameFindings(a: readonly Finding[], b: readonly Finding[]): void {
  if (a.length !== b.length) throw new Error(`findings differ between languages: ${a.length} vs ${b.length}`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i],
      y = b[i];
    if (x.id !== y.id || x.rule !== y.rule || x.status !== y.status) {
      throw new Error(`findings differ between languages at ${i}: ${x.id} ${x.status} vs ${y.id} ${y.status}`);
    }
  }
}

/** Throws unless two reports of one document count and list the same findings. */
export function assertSameCounts(a: CheckReport, b: CheckReport): void {
  for (const s of STATUSES) {
    if ((a.summary[s] ?? 0) !== (b.summary[s] ?? 0))
      throw new Error(`counts differ between languages: ${s} ${a.summary[s]} vs ${b.summary[s]}`);
  }
  assertSameFindings(a.findings, b.findings);
}

/** Both languages' reports of one model, `first` checked first; `ms` is each rule step's time. */
export function checkInBothLanguages(
  check: (lang: Lang) => CheckReport,
  first: Lang = 'zh',
): { reports: ByLang<CheckReport>; ms: ByLang<number> } {
  const reports = {} as ByLang<CheckReport>;
  const ms = {} as ByLang<number>;
  for (const lang of [first, otherLang(first)]) {
    const t0 = performance.now();
    reports[lang] = check(lang);
    ms[lang] = performance.now() - t0;
  }
  assertSameCounts(reports.zh, reports.en);
  return { reports, ms };
}

/** What the UI shows in `lang`: that language's report with the year-over-year findings added
 *  and counted (as `dlens check --prior` does). */
export function reportFor(reports: ByLang<CheckReport>, extra: ByLang<Finding[]>, lang: Lang): CheckReport {
  const base = reports[lang];
  return extra[lang].length ? withFindings(base, extra[lang]) : base;
}
