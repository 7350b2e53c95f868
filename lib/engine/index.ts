// The engine's front door: a document (from text, HTML or PDF) → a check report.
import type { DisclosureDocument, SourceInfo } from '../model/types';
import { documentFromText } from '../model/from-text';
import { extractClaims } from '../claims';
import { RULES, runRules, type Lang } from '../rules';
import { DEFAULT_TOLERANCE, type Profile } from '../amount';
import { CHECK_SCHEMA, type CheckReport } from '../report/schema';
import { scanFinding } from './scan';

export interface CheckOptions {
  profile?: Profile;
  lang?: Lang;
}

export function checkDocument(doc: DisclosureDocument, opts: CheckOptions = {}): CheckReport {
  const lang = opts.lang ?? 'zh';
  const tolerance = opts.profile ? { profile: opts.profile } : DEFAULT_TOLERANCE;
  if (!doc.info.textLayer) {
    const findings = [scanFinding(doc, lang)];
    return { schema: CHECK_SCHEMA, source: doc.source, document: doc.info, findings, summary: { pass: 0, rounding: 0, fail: 0, warn: 1, unverifiable: 0 } };
  }
  if (doc.info.kind === 'other') {
    // Not a disclosure: its numbers are not checked (they would only produce noise).
    return { schema: CHECK_SCHEMA, source: doc.source, document: doc.info, findings: [], summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 } };
  }
  const claims = extractClaims(doc);
  const { findings, summary } = runRules(RULES, { doc, claims, tolerance, lang });
  return { schema: CHECK_SCHEMA, source: doc.source, document: doc.info, findings, summary };
}

export function analyzeText(text: string, source: SourceInfo = { format: 'txt' }, opts: CheckOptions = {}): CheckReport {
  return checkDocument(documentFromText(text, source), opts);
}

export type { CheckReport };

export { documentFromPdf } from './pdf';
