// Chinese for the "2018 budget x.pdf p.3" labels of year-over-year findings (lib/compare), applied by
// compareDocuments for a Chinese run. Rule findings and every tolerance are worded at their source.
import type { Finding, Lang } from '../rules';

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
    values: c ? f.values.map((v) => ({ ...v, label: docLabelIn(v.label, lang) })) : f.values,
  };
}
