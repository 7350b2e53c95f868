// `dlens check --prior`: the cross-year findings appended to a document's check report.
import type { DisclosureDocument } from '../model/types';
import type { CheckReport } from '../report/schema';
import type { Status } from '../rules/types';
import { compareDocuments, type CompareOptions } from './index';

export function withPriorYear(report: CheckReport, prior: DisclosureDocument, current: DisclosureDocument, opts: CompareOptions = {}): CheckReport {
  if (report.error || !current.info.textLayer) return report;
  const extra = compareDocuments(prior, current, opts).findings;
  const summary = { ...report.summary };
  for (const f of extra) summary[f.status as Status]++;
  return { ...report, findings: [...report.findings, ...extra], summary };
}
