// One row per finding (with the document path, so several documents can share one file).
import type { CheckReport } from './schema';

export const CSV_HEADER = ['path', 'rule', 'status', 'message', 'formula', 'expected', 'actual', 'difference', 'tolerance', 'pages', 'values'];

function cell(s: string | null | undefined): string {
  const v = s ?? '';
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
  ].map(cell).join(',')).join('\n') + (report.findings.length ? '\n' : '');
}

export function formatCsv(report: CheckReport): string {
  return CSV_HEADER.join(',') + '\n' + formatCsvRows(report);
}
