// Report export and HTML element lookup, from lib/report and lib/html.
import { formatReport } from '../lib/report';
import { resolveNodePath } from '../lib/html';
import type { CheckReport } from '../lib/report';
import type { Lang } from '../lib/rules';

export function formatForExport(report: CheckReport, format: 'md' | 'csv' | 'json', lang: Lang): string {
  return format === 'json' ? JSON.stringify(report, null, 2) : formatReport(report, format, lang);
}

export const htmlApi = { resolveNodePath: (root: Document, path: string) => resolveNodePath(root, path) };
