// What the extension needs from lib/engine (see engine-load.ts), and the report it shows when
// a document could not be analysed at all.
import type { CheckReport } from '../lib/report';
import type { DisclosureDocument, SourceInfo } from '../lib/model';
import type { Lang } from '../lib/rules';

export interface PdfOptions {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface EngineApi {
  /** A page's check and its model (the overlay sends the model to the local library). */
  analyzeHtmlWithModel(root: Document, source: SourceInfo): { report: CheckReport; doc: DisclosureDocument };
  /** A PDF's check and its model (kept in the local library for year over year). */
  analyzePdfWithModel(
    pdfjs: unknown,
    bytes: Uint8Array,
    opts: PdfOptions,
    source: SourceInfo,
  ): Promise<{ report: CheckReport; doc: DisclosureDocument }>;
  /** The rule step alone, on a model already read: the report worded in `lang` (the model is not read again). */
  checkModel(doc: DisclosureDocument, lang: Lang): CheckReport;
}

/** A report standing for "analysis failed": an honest error, no findings. */
export function failedReport(source: SourceInfo, message: string): CheckReport {
  return {
    schema: 'dlens.check/1',
    source,
    document: { kind: 'other', pages: 0, textLayer: true },
    findings: [],
    summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
    error: { kind: 'analysis-failed', message },
  };
}
