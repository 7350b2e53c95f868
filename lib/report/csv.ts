// One row per finding (with the document path, so several documents can share one file).
import type { CheckReport } from './schema';

export const CSV_HEADER = ['path', 'rule', 'status', 'message', 'formula', 'expected', 'actual', 'difference', 'tolerance', 'pages', 'values'];

/** One CSV field: quoted when it holds a quote, a comma or a line break. */
export function csvCell(s: string | number | null | undefined): string {
  const v = s === null || s === undefined ? '' : String(s);
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatCsvRows(report: CheckReport): string {
  return report.findings.map((f) => [
    report.source.path ?? '',
    f.rule,
    f.status,
    f.message,
    f.formula,
    f.expected,
    f.actual,
    f.difference,
    f.tolerance,
    [...new Set(f.values.map((v) => v.page).concat(f.evidence.map((e) => e.page)))].join(' '),
    f.values.map((v) => `${v.label}=${v.text}`).join('; '),
  ].map(csvCell).join(',')).join('\n') + (report.findings.length ? '\n' : '');
}

export function formatCsv(report: CheckReport): string {
  return CSV_HEADER.join(',') + '\n' + formatCsvRows(report);
}
