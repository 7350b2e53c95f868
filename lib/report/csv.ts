// One row per finding (with the document path, so several documents can share one file).
import type { CheckReport } from './schema';

export const CSV_HEADER = [
  'path',
  'rule',
  'status',
  'message',
  'formula',
  'expected',
  'actual',
  'difference',
  'tolerance',
  'pages',
  'values',
  'mark',
  'mark note',
];

/** A field a spreadsheet would run as a formula: starts with = + - @, a tab or a CR, and is not a plain number. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/**
 * One CSV field: a would-be formula gets the usual leading ' (OWASP CSV injection), so "=HYPERLINK(…)"
 * from a document's text stays text in Excel or LibreOffice; quoted when it holds a quote, comma or line break.
 */
export function csvCell(s: string | number | null | undefined): string {
  let v = s === null || s === undefined ? '' : String(s);
  if (FORMULA_START.test(v) && !PLAIN_NUMBER.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatCsvRows(report: CheckReport): string {
  return (
    report.findings
      .map((f) =>
        [
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
          f.mark?.kind,
          f.mark?.note,
        ]
          .map(csvCell)
          .join(','),
      )
      .join('\n') + (report.findings.length ? '\n' : '')
  );
}

export function formatCsv(report: CheckReport): string {
  return CSV_HEADER.join(',') + '\n' + formatCsvRows(report);
}
