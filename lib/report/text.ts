// Terminal output: a header, findings grouped and coloured by status, a summary line.
import type { CountedStatus, Lang, Status, Finding } from '../rules';
import type { CheckReport } from './schema';
import { MARK_WORD, STATUS_WORD, WORDS, markLine, pageLabel } from './i18n';
import { groupFindings, type FindingGroup } from './group';
import { coverageLines } from './coverage-text';

const INDENT = ' '.repeat(22);
const COLOR: Record<Status, string> = { pass: '32', rounding: '36', fail: '31;1', warn: '33', unverifiable: '35', note: '2' };

/** How passes (and rounding, note) are shown: one line per table (default), every one, or none. */
export type PassDisplay = 'summary' | 'all' | 'none';

export interface TextOptions {
  lang: Lang;
  color: boolean;
  passes: PassDisplay;
}

const QUIET: ReadonlySet<Status> = new Set(['pass', 'rounding', 'note']);

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
  lines.push(
    `  ${[d.department, d.year ? `${d.year}` : '', kind].filter(Boolean).join(' · ')}${d.pages > 1 ? ` · ${d.pages} ${lang === 'zh' ? '页' : 'pages'}` : ''}`,
  );
  if (report.error) {
    lines.push(paint(`  ${report.error.message}`, '31', color));
    return lines.join('\n') + '\n';
  }
  if (d.kind === 'other' && d.textLayer !== false) lines.push(paint(`  ${WORDS.notDisclosure[lang]}`, '33', color));
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
    if (f.mark) lines.push(paint(`${INDENT}${WORDS.mark[lang]}: ${markLine(f.mark, lang)}`, '1', color));
  };
  const s = report.summary;
  const counts = (Object.keys(s) as CountedStatus[])
    .map((k) => paint(`${STATUS_WORD[k][lang]} ${s[k]}`, COLOR[k], color && s[k] > 0))
    .join('  ');
  const summaryLine = `  ${WORDS.summary[lang]}: ${counts}`;
  lines.push(summaryLine);
  for (const g of groupFindings(report, WORDS.narrative[lang])) {
    const own = g.findings.filter((f) => !(f.knockOnOf && ids.has(f.knockOnOf)));
    const listed = own.filter((f) => opts.passes === 'all' || f.mark || !QUIET.has(f.status));
    const quiet = opts.passes === 'summary' ? own.filter((f) => QUIET.has(f.status) && !f.mark) : [];
    if (!listed.length && !quiet.length) continue;
    lines.push('', paint(`  ${groupTitle(g, lang)}`, '1', color));
    for (const f of listed) {
      print(f, '  ');
      for (const k of under.get(f.id) ?? []) print(k, '    ↳ ');
    }
    if (quiet.length) lines.push(`  ${quietLine(quiet, lang, color)}`);
  }
  if (report.orphanedMarks?.length) {
    lines.push('', paint(`  ${WORDS.orphaned[lang]}`, '1', color));
    for (const m of report.orphanedMarks)
      lines.push(`  [${MARK_WORD[m.kind][lang]}] ${m.rule ?? ''} ${m.message ?? m.key}${m.note ? ` — ${m.note}` : ''}`);
  }
  if (!report.findings.length) lines.push('', `  ${WORDS.noFindings[lang]}`);
  if (report.coverage && report.document.textLayer) {
    lines.push('', paint(`  ${WORDS.coverage[lang]}`, '1', color), ...coverageLines(report.coverage, lang).map((l) => `    ${l}`));
  }
  lines.push('', summaryLine);
  return lines.join('\n') + '\n';
}

/** A table without a printed title is named by its page, never by its internal id ("t12"). */
function groupTitle(g: FindingGroup, lang: Lang): string {
  if (g.key === 'narrative' || g.title !== g.key) return g.title;
  const page = Math.min(...g.findings.flatMap((f) => [...f.values.map((v) => v.page), ...f.evidence.map((e) => e.page)]));
  return WORDS.untitledTable[lang].replace('{n}', Number.isFinite(page) ? String(page) : '?');
}

/** "[通过 12 · 尾差 1]  N2 ×1  N5 ×8 …": the quiet findings of one table in one line, rules in order. */
function quietLine(findings: Finding[], lang: Lang, color: boolean): string {
  const statuses = [...QUIET].map((st) => [st, findings.filter((f) => f.status === st).length] as const).filter(([, n]) => n > 0);
  const tag = `[${statuses.map(([st, n]) => `${STATUS_WORD[st][lang]} ${n}`).join(' · ')}]`;
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const rules = [...perRule].map(([r, n]) => `${r} ×${n}`).join('  ');
  return `${paint(padTo(tag, 15), COLOR[statuses[0][0]], color)} ${rules}`;
}
