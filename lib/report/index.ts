// Reports: a check result → terminal text, JSON, Markdown or CSV (strings only, no I/O).
import type { Lang } from '../rules';
import type { CheckReport } from './schema';
import { formatText, type PassDisplay } from './text';
import { formatMarkdown } from './markdown';
import { formatCsv } from './csv';

export type ReportFormat = 'text' | 'json' | 'md' | 'csv';

export function formatReport(
  report: CheckReport,
  format: ReportFormat,
  lang: Lang,
  opts: { color?: boolean; passes?: PassDisplay } = {},
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report) + '\n';
    case 'md':
      return formatMarkdown(report, lang);
    case 'csv':
      return formatCsv(report);
    default:
      return formatText(report, { lang, color: opts.color ?? false, passes: opts.passes ?? 'summary' });
  }
}

export { formatText, formatMarkdown, formatCsv, type PassDisplay };
export { formatCsvRows, CSV_HEADER } from './csv';
export { CHECK_SCHEMA, type CheckReport } from './schema';
export { STATUS_WORD } from './i18n';
export { groupFindings, type FindingGroup } from './group';
export { computeCoverage, type Coverage, type TableCoverage, type NotChecked } from './coverage';
export { coverageHeadline, coverageLines } from './coverage-text';
export { csvCell } from './csv';
export { cropRegion } from './memo';
export { formatMemo } from './memo';
export { memoFindings } from './memo';
