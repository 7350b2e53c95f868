// Findings in the UI language (pure part). The engine words its findings in one language per run;
// the extension runs the cheap rule step once per language on the same model and picks by the UI
// language. A language may change the words only: the same findings (ids, rules, statuses, in the
// same order) and the same counts, or the run is refused. Two texts the engine writes in English
// whatever the language — tolerances (lib/amount) and the "2018 budget x.pdf p.3" labels of the
// year-over-year findings (lib/compare) — are put into Chinese here for a Chinese reader.
import type { CheckReport } from '../report/schema';
import type { Finding, Lang } from '../rules/types';
import { STATUSES } from '../rules/types';
import { withFindings } from '../compare/report';

export type ByLang<T> = Record<Lang, T>;
export const LANGS: readonly Lang[] = ['zh', 'en'];

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Throws unless both lists hold the same findings (id, rule, status) in the same order. */
export function assertSameFindings(a: readonly Finding[], b: readonly Finding[]): void {
  if (a.length !== b.length) throw new Error(`findings differ between languages: ${a.length} vs ${b.length}`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x.id !== y.id || x.rule !== y.rule || x.status !== y.status) {
      throw new Error(`findings differ between languages at ${i}: ${x.id} ${x.status} vs ${y.id} ${y.status}`);
    }
  }
}

/** Throws unless two reports of one document count and list the same findings. */
export function assertSameCounts(a: CheckReport, b: CheckReport): void {
  for (const s of STATUSES) {
    if ((a.summary[s] ?? 0) !== (b.summary[s] ?? 0)) throw new Error(`counts differ between languages: ${s} ${a.summary[s]} vs ${b.summary[s]}`);
  }
  assertSameFindings(a.findings, b.findings);
}

/** Both languages' reports of one model, `first` checked first; `ms` is each rule step's time. */
export function checkInBothLanguages(check: (lang: Lang) => CheckReport, first: Lang = 'zh'): { reports: ByLang<CheckReport>; ms: ByLang<number> } {
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

// ── Chinese for the texts the engine writes in English only ──────────────────────────────────

const NUM = String.raw`-?\d+(?:\.\d+)?`;
/** The tolerance texts of lib/amount and lib/rules (every one the corpus produces), in Chinese. */
const TOLERANCE_ZH: [RegExp, (...m: string[]) => string][] = [
  [new RegExp(String.raw`^([<±])(${NUM}) \(rounding interval of (\d+) printed values\)$`), (_, op, x, n) => `${op}${x}（${n} 个印刷数值的舍入区间）`],
  [new RegExp(String.raw`^±(${NUM}) \(strict: one unit in the last place\)$`), (_, x) => `±${x}（严格：末位一个单位）`],
  [new RegExp(String.raw`^±(${NUM}) percentage points \(strict\)$`), (_, x) => `±${x} 个百分点（严格）`],
  [
    new RegExp(String.raw`^stated (${NUM})% stands for \[(${NUM}), (${NUM})\); inputs allow \[(${NUM}), (${NUM})\]%$`),
    (_, s, lo, hi, a, b) => `所述 ${s}% 代表 [${lo}, ${hi})；按输入数字可为 [${a}, ${b}]%`,
  ],
  [/^the finer figure rounded or truncated to (\d+) decimals$/, (_, d) => `较精确的数字四舍五入或截断到 ${d} 位小数后相同`],
  [/^one amount printed twice at the same precision: identical$/, () => '同一金额以相同精度印了两次：应完全相同'],
  [/^same amount at the coarser printed precision$/, () => '按较粗的印刷精度是同一金额'],
  [/^same printed value \(both printings round the same amount\)$/, () => '印刷值相同（两处是同一金额的舍入）'],
  [/^exact \(counts\)$/, () => '精确（计数）'],
  [/^exact comparison of the printed figures$/, () => '按印刷数字精确比较'],
  [/^soft: the 三公 table covers basic and project money$/, () => '宽松：三公经费表包括基本支出和项目支出'],
  [/^soft: targets may also cover basic spending in some templates$/, () => '宽松：部分模板的绩效目标也包括基本支出'],
];

/** A finding's tolerance text in the UI language (the engine writes it in English). */
export function toleranceIn(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const [re, zh] of TOLERANCE_ZH) {
    const m = re.exec(text);
    if (m) return zh(...m);
  }
  return text;
}

const KIND_ZH: Record<string, string> = { budget: '预算', 'final account': '决算', document: '文件' };
/** "2018 budget js_x.pdf p.12: 收入总计" (lib/compare/label.ts) → "2018年预算 js_x.pdf 第12页：收入总计". */
const DOC_LABEL = /^(?:(\d{4}) )?(budget|final account|document) (\S+?)(?: p\.(\d+))?(: |$)/;

export function docLabelIn(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  const m = DOC_LABEL.exec(label);
  if (!m) return label;
  const [whole, year, kind, file, page, sep] = m;
  const head = [year ? `${year}年${KIND_ZH[kind]}` : KIND_ZH[kind], file, page ? `第${page}页` : ''].filter(Boolean).join(' ');
  return `${head}${sep ? '：' : ''}${label.slice(whole.length)}`;
}

/** Labels inside a C-formula: "… = 13649.07 万元; 2017 budget x.pdf p.9: 收入总计 = …" (C1), "label = label" (C3). */
const LABEL_IN_FORMULA = /(^|; | = )((?:\d{4} )?(?:budget|final account|document) \S+?(?: p\.\d+)?: )/g;

function formulaIn(f: Finding, lang: Lang): string {
  if (lang === 'en' || !/^C\d/.test(f.rule) || !f.formula) return f.formula;
  return f.formula.replace(LABEL_IN_FORMULA, (_, before: string, label: string) => before + docLabelIn(label, lang));
}

export function localizeFinding(f: Finding, lang: Lang): Finding {
  if (lang === 'en') return f;
  const c = /^C\d/.test(f.rule);
  return {
    ...f,
    formula: formulaIn(f, lang),
    tolerance: f.tolerance == null ? f.tolerance : toleranceIn(f.tolerance, lang),
    values: c ? f.values.map((v) => ({ ...v, label: docLabelIn(v.label, lang) })) : f.values,
  };
}

/** The report as the UI shows and exports it in `lang` (its findings already worded in `lang`). */
export function localizeReport(report: CheckReport, lang: Lang): CheckReport {
  if (lang === 'en') return report;
  return { ...report, findings: report.findings.map((f) => localizeFinding(f, lang)) };
}

/** What the UI shows in `lang`: that language's report with the year-over-year findings added
 *  and counted (as `dlens check --prior` does), tolerances and labels worded for the reader. */
export function reportFor(reports: ByLang<CheckReport>, extra: ByLang<Finding[]>, lang: Lang): CheckReport {
  const base = reports[lang];
  return localizeReport(extra[lang].length ? withFindings(base, extra[lang]) : base, lang);
}
