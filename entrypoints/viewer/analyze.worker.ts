// Runs the engine off the main thread: bytes in, CheckReport and document model out (with
// progress messages); or two models in, their year-over-year comparison out. Findings come in
// both UI languages: the rule step runs once more on the model already read (about 10–60 ms for
// 30 pages, against a second or more for reading the PDF), so switching the language is a pick.
// Our messages carry a `dlens` tag: pdf.js may use the same channel when it runs in a worker.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { engine } from '../../components/engine-load';
import type { PdfOptions } from '../../components/engine-bridge';
import type { DisclosureDocument, SourceInfo } from '../../lib/model';
import { compareDocuments } from '../../lib/compare';
import { assertSameCounts, assertSameFindings } from '../../lib/extension/finding-lang';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** pdf.js decides whether its own worker fetches cMaps/fonts/wasm by reading `document.baseURI`,
 *  which does not exist in a worker ("document is not defined"); saying so up front avoids it. */
const pdfjsForWorker = {
  ...pdfjs,
  getDocument: (src: Parameters<typeof pdfjs.getDocument>[0]) =>
    pdfjs.getDocument({ ...(src as object), useWorkerFetch: true } as Parameters<typeof pdfjs.getDocument>[0]),
};

export interface AnalyzeRequest {
  bytes: Uint8Array;
  opts: Omit<PdfOptions, 'onProgress'>;
  source: SourceInfo;
}

export interface CompareRequest {
  compare: { prior: DisclosureDocument; current: DisclosureDocument };
}

self.onmessage = async (e: MessageEvent<AnalyzeRequest | CompareRequest>) => {
  try {
    if ('compare' in e.data) {
      const { prior, current } = e.data.compare;
      const comparison = compareDocuments(prior, current, { lang: 'zh' });
      let en = compareDocuments(prior, current, { lang: 'en' }).findings;
      const langError = sameOrWhy(() => assertSameFindings(comparison.findings, en));
      if (langError) en = comparison.findings;
      postMessage({ dlens: 'done', comparison, findings: { zh: comparison.findings, en }, langError });
      return;
    }
    const { bytes, opts, source } = e.data;
    const onProgress = (done: number, total: number) => postMessage({ dlens: 'progress', done, total });
    const { report, doc } = await engine.analyzePdfWithModel(pdfjsForWorker, bytes, { ...opts, onProgress }, source);
    // The other language: the rule step alone on the same model.
    const t0 = performance.now();
    let en = engine.checkModel(doc, 'en');
    const recheckMs = performance.now() - t0;
    // A language changes words only; if it changed anything else, the Chinese report is shown in
    // both languages (its counts are the CLI's) and the viewer says why (data-lang-error).
    const langError = sameOrWhy(() => assertSameCounts(report, en));
    if (langError) en = report;
    postMessage({ dlens: 'done', report, reports: { zh: report, en }, doc, recheckMs, langError });
  } catch (err) {
    postMessage({ dlens: 'failed', message: describe(err) });
  }
};

/** null when `check` passes, else why not (logged). */
function sameOrWhy(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (err) {
    console.error(`[dlens] ${describe(err)}`);
    return describe(err);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name || 'Error';
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message) || 'Error';
  return String(err) || 'Error';
}
