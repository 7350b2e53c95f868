// The engine's front door: a document (from text, HTML or PDF) → a check report.
import type { DisclosureDocument, SourceInfo } from '../model';
import { documentFromText } from '../model';
import { extractClaims } from '../claims';
import { RULES, runRules, type Lang } from '../rules';
import { DEFAULT_TOLERANCE, type Profile } from '../amount';
import { CHECK_SCHEMA, type CheckReport } from '../report';
import { computeCoverage } from '../report';
import { coverageHeadline } from '../report';
import { scanFinding } from './scan';
import { documentFromHtml } from '../html';
import { documentFromPdf } from './pdf';
import type { ExtractOptions, PdfjsModule } from '../pdf';

export interface CheckOptions {
  profile?: Profile;
  lang?: Lang;
}

export function checkDocument(doc: DisclosureDocument, opts: CheckOptions = {}): CheckReport {
  const lang = opts.lang ?? 'zh';
  const tolerance = opts.profile ? { profile: opts.profile } : DEFAULT_TOLERANCE;
  if (!doc.info.textLayer) {
    const findings = [scanFinding(doc, lang)];
    return {
      schema: CHECK_SCHEMA,
      source: doc.source,
      document: doc.info,
      findings,
      summary: { pass: 0, rounding: 0, fail: 0, warn: 1, unverifiable: 0 },
      coverage: computeCoverage(doc, findings),
    };
  }
  if (doc.info.kind === 'other') {
    // Not a disclosure: its numbers are not checked (they would only produce noise).
    return {
      schema: CHECK_SCHEMA,
      source: doc.source,
      document: doc.info,
      findings: [],
      summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
    };
  }
  const claims = extractClaims(doc);
  const { findings, summary } = runRules(RULES, { doc, claims, tolerance, lang });
  const coverage = computeCoverage(doc, findings);
  return {
    schema: CHECK_SCHEMA,
    source: doc.source,
    document: doc.info,
    findings,
    summary,
    coverage,
    headline: coverageHeadline(coverage, lang),
  };
}

export function analyzeText(text: string, source: SourceInfo = { format: 'txt' }, opts: CheckOptions = {}): CheckReport {
  return checkDocument(documentFromText(text, source), opts);
}

export type { CheckReport };

export { documentFromPdf };

/** An HTML page (the live DOM in the extension, linkedom in Node) → its check report. */
export function analyzeHtml(root: Document, source: SourceInfo = { format: 'html' }, opts: CheckOptions = {}): CheckReport {
  return checkDocument(documentFromHtml(root, source), opts);
}

/** PDF bytes → the check report; `pdfjs` is the build the caller bundles (modern in the browser, legacy in Node). */
export async function analyzePdf(
  pdfjs: PdfjsModule,
  bytes: Uint8Array,
  pdfOpts: ExtractOptions,
  source: SourceInfo = { format: 'pdf' },
  opts: CheckOptions = {},
): Promise<CheckReport> {
  return checkDocument(await documentFromPdf(pdfjs, bytes, pdfOpts, source), opts);
}
