// A Markdown report a journalist can attach to a story: findings grouped, each with formula and page.
import type { CountedStatus, Lang, Status } from '../rules';
import type { CheckReport } from './schema';
import { STATUS_WORD, WORDS, pageLabel } from './i18n';
import { groupFindings } from './group';
import { coverageHeadline, coverageLines } from './coverage-text';

const ORDER: CountedStatus[] = ['fail', 'warn', 'unverifiable', 'rounding', 'pass'];
const SORT: Status[] = [...ORDER, 'note'];
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatMarkdown(report: CheckReport, lang: Lang): string {
  const d = report.document;
  const out: string[] = [];
  out.push(`# ${d.department ?? report.source.path ?? ''} ${d.year ?? ''} ${WORDS.kind[d.kind][lang]}`.replace(/\s+/g, ' ').trim());
  out.push('');
  out.push(`- ${lang === 'zh' ? '文件' : 'file'}: \`${report.source.path ?? ''}\`${report.source.sha256 ? ` (sha256 ${report.source.sha256.slice(0, 12)}…)` : ''}`);
  out.push(`- ${WORDS.summary[lang]}: ${ORDER.map((s) => `${STATUS_WORD[s][lang]} ${report.summary[s]}`).join(' · ')}`);
  if (report.coverage && d.textLayer) out.push(`- ${WORDS.coverage[lang]}: ${coverageHeadline(report.coverage, lang)}`, '', '```', ...coverageLines(report.coverage, lang), '```');
  if (report.error) out.push('', `> ${report.error.message}`);
  for (const g of groupFindings(report, WORDS.narrative[lang])) {
    out.push('', `## ${g.title}`, '');
    out.push(lang === 'zh' ? '| 状态 | 规则 | 说明 | 算式 | 容差 | 页码 |' : '| status | rule | finding | formula | tolerance | page |');
    out.push('|---|---|---|---|---|---|');
    const sorted = [...g.findings].sort((a, b) => SORT.indexOf(a.status) - SORT.indexOf(b.status));
    for (const f of sorted) {
      const pages = [...new Set(f.values.map((v) => v.page).concat(f.evidence.map((e) => e.page)))].sort((a, b) => a - b).map((p) => pageLabel(p, lang)).join(', ');
      out.push(`| ${STATUS_WORD[f.status][lang]} | ${f.rule} | ${esc(f.message)} | ${esc(f.formula)} | ${esc(f.tolerance ?? '')} | ${pages} |`);
    }
  }
  return out.join('\n') + '\n';
}
