// A Markdown report a journalist can attach to a story: findings grouped, each with formula and page.
import type { CountedStatus, Lang, Status } from '../rules';
import type { CheckReport } from './schema';
import { MARK_WORD, STATUS_WORD, WORDS, markLine, pageLabel } from './i18n';
import { groupFindings } from './group';
import { coverageHeadline, coverageLines } from './coverage-text';

const ORDER: CountedStatus[] = ['fail', 'warn', 'unverifiable', 'rounding', 'pass'];
const SORT: Status[] = [...ORDER, 'note'];
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markCountsLine(report: CheckReport, lang: Lang): string {
  return (Object.keys(MARK_WORD) as (keyof typeof MARK_WORD)[])
    .map((k) => `${MARK_WORD[k][lang]} ${report.findings.filter((f) => f.mark?.kind === k).length}`)
    .join(' · ');
}

export function formatMarkdown(report: CheckReport, lang: Lang): string {
  const d = report.document;
  const out: string[] = [];
  out.push(`# ${d.department ?? report.source.path ?? ''} ${d.year ?? ''} ${WORDS.kind[d.kind][lang]}`.replace(/\s+/g, ' ').trim());
  out.push('');
  out.push(
    `- ${lang === 'zh' ? '文件' : 'file'}: \`${report.source.path ?? ''}\`${report.source.sha256 ? ` (sha256 ${report.source.sha256.slice(0, 12)}…)` : ''}`,
  );
  out.push(`- ${WORDS.summary[lang]}: ${ORDER.map((s) => `${STATUS_WORD[s][lang]} ${report.summary[s]}`).join(' · ')}`);
  if (report.coverage && d.textLayer)
    out.push(
      `- ${WORDS.coverage[lang]}: ${coverageHeadline(report.coverage, lang)}`,
      '',
      '```',
      ...coverageLines(report.coverage, lang),
      '```',
    );
  if (report.error) out.push('', `> ${report.error.message}`);
  const marked = report.findings.some((f) => f.mark);
  if (marked) out.push(`- ${WORDS.marks[lang]}: ${markCountsLine(report, lang)}`);
  for (const g of groupFindings(report, WORDS.narrative[lang])) {
    out.push('', `## ${g.title}`, '');
    const head = [
      ...(lang === 'zh' ? ['状态', '规则', '说明', '算式', '容差', '页码'] : ['status', 'rule', 'finding', 'formula', 'tolerance', 'page']),
      ...(marked ? [WORDS.mark[lang]] : []),
    ];
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---|').join('')}`);
    const sorted = [...g.findings].sort((a, b) => SORT.indexOf(a.status) - SORT.indexOf(b.status));
    for (const f of sorted) {
      const pages = [...new Set(f.values.map((v) => v.page).concat(f.evidence.map((e) => e.page)))]
        .sort((a, b) => a - b)
        .map((p) => pageLabel(p, lang))
        .join(', ');
      const mark = marked ? ` ${f.mark ? esc(markLine(f.mark, lang)) : ''} |` : '';
      out.push(
        `| ${STATUS_WORD[f.status][lang]} | ${f.rule} | ${esc(f.message)} | ${esc(f.formula)} | ${esc(f.tolerance ?? '')} | ${pages} |${mark}`,
      );
    }
  }
  if (report.orphanedMarks?.length) {
    out.push('', `## ${WORDS.orphaned[lang]}`, '');
    for (const m of report.orphanedMarks)
      out.push(
        `- ${MARK_WORD[m.kind][lang]} ${m.date.slice(0, 10)} · ${m.rule ?? ''} ${esc(m.message ?? m.key)}${m.note ? ` — ${esc(m.note)}` : ''}`,
      );
  }
  return out.join('\n') + '\n';
}
