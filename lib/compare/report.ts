// `dlens check --prior`: the cross-year findings appended to a document's check report.
import type { DisclosureDocument } from '../model';
import type { CheckReport } from '../report';
import type { Finding } from '../rules';
import { compareDocuments, type CompareOptions } from './index';

/** The report with extra findings appended and counted in its summary. */
export function withFindings(report: CheckReport, extra: Finding[]): CheckReport {
  const summary = { ...report.summary };
  for (const f of extra) if (f.status !== 'note') summary[f.status]++;
  return { ...report, findings: [...report.findings, ...extra], summary };
}

export function withPriorYear(
  report: CheckReport,
  prior: DisclosureDocument,
  current: DisclosureDocument,
  opts: CompareOptions = {},
): CheckReport {
  if (report.error || !current.info.textLayer) return report;
  return withFindings(report, compareDocuments(prior, current, opts).findings);
}
