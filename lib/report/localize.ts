// Chinese for the two texts the engine words in English whatever the run's language: tolerances
// (lib/amount, lib/rules) and the "2018 budget x.pdf p.3" labels of year-over-year findings
// (lib/compare). Applied by checkDocument and compareDocuments for a Chinese run, so the CLI and the
// extension print the same words; idempotent (Chinese text matches none of the patterns).
import type { Finding, Lang } from '../rules/types';

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
