// Terminal output: a header, findings grouped and coloured by status, a summary line.
import type { CountedStatus, Lang, Status, Finding } from '../rules';
import type { CheckReport } from './schema';
import { STATUS_WORD, WORDS, pageLabel } from './i18n';
import { groupFindings } from './group';
import { coverageLines } from './coverage-text';

const INDENT = ' '.repeat(22);
const COLOR: Record<Status, string> = { pass: '32', rounding: '36', fail: '31;1', warn: '33', unverifiable: '35', note: '2' };

export interface TextOptions {
  lang: Lang;
  color: boolean;
  showPasses: boolean;
}

/** Display width in a terminal: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function padTo(s: string, w: number): string {
  return s + ' '.repeat(Math.max(1, w - width(s)));
}

function paint(s: string, code: string, on: boolean): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}

function pages(f: Finding, lang: Lang): string {
  const ps = [...new Set([...f.values.map((v) => v.page), ...f.evidence.map((e) => e.page)])].sort((a, b) => a - b);
  return ps.map((p) => pageLabel(p, lang)).join(', ');
}

export function formatText(report: CheckReport, opts: TextOptions): string {
  const { lang, color } = opts;
  const d = report.document;
  const lines: string[] = [];
  const kind = WORDS.kind[d.kind][lang];
  lines.push(paint(`${report.source.path ?? '(input)'}`, '1', color));
  lines.push(`  ${[d.department, d.year ? `${d.year}` : '', kind].filter(Boolean).join(' · ')}${d.pages > 1 ? ` · ${d.pages} ${lang === 'zh' ? '页' : 'pages'}` : ''}`);
  if (report.error) {
    lines.push(paint(`  ${report.error.message}`, '31', color));
    return lines.join('\n') + '\n';
  }
  if (d.kind === 'other') lines.push(paint(`  ${WORDS.notDisclosure[lang]}`, '33', color));
  if (report.headline) lines.push(paint(`  ${report.headline}`, '1', color));
  // A knock-on fail is printed under the fail it follows from, not in its own group.
  const ids = new Set(report.findings.map((f) => f.id));
  const under = new Map<string, Finding[]>();
  for (const f of report.findings) if (f.knockOnOf && ids.has(f.knockOnOf)) under.set(f.knockOnOf, [...(under.get(f.knockOnOf) ?? []), f]);
  const print = (f: Finding, lead: string) => {
    const tag = paint(padTo(`[${STATUS_WORD[f.status][lang]}]`, 15), COLOR[f.status], color);
    lines.push(`${lead}${tag} ${f.rule.padEnd(4)} ${f.message}  (${pages(f, lang)})`);
    if (f.formula) lines.push(`${INDENT}${WORDS.formula[lang]}: ${f.formula}`);
    if (f.tolerance && f.status !== 'pass') lines.push(`${INDENT}${WORDS.tolerance[lang]}: ${f.tolerance}`);
  };
  for (const g of groupFindings(report, WORDS.narrative[lang])) {
    const shown = g.findings.filter((f) => !(f.knockOnOf && ids.has(f.knockOnOf)) && (opts.showPasses || (f.status !== 'pass' && f.status !== 'rounding' && f.status !== 'note')));
    if (!shown.length) continue;
    lines.push('', paint(`  ${g.title}`, '1', color));
    for (const f of shown) {
      print(f, '  ');
      for (const k of under.get(f.id) ?? []) print(k, '    ↳ ');
    }
  }
  const s = report.summary;
  const counts = (Object.keys(s) as CountedStatus[]).map((k) => paint(`${STATUS_WORD[k][lang]} ${s[k]}`, COLOR[k], color && s[k] > 0)).join('  ');
  if (!report.findings.length) lines.push('', `  ${WORDS.noFindings[lang]}`);
  if (report.coverage && report.document.textLayer) {
    lines.push('', paint(`  ${WORDS.coverage[lang]}`, '1', color), ...coverageLines(report.coverage, lang).map((l) => `    ${l}`));
  }
  lines.push('', `  ${WORDS.summary[lang]}: ${counts}`);
  return lines.join('\n') + '\n';
}
