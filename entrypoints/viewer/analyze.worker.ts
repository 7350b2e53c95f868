// Runs the engine off the main thread: bytes in, CheckReport and document model out (with
// progress messages); or two models in, their year-over-year comparison out.
// Our messages carry a `dlens` tag: pdf.js may use the same channel when it runs in a worker.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { engine } from '../../components/engine-load';
import type { PdfOptions } from '../../components/engine-bridge';
import type { DisclosureDocument, SourceInfo } from '../../lib/model';
import { compareDocuments } from '../../lib/compare';

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
      postMessage({ dlens: 'done', comparison: compareDocuments(prior, current) });
      return;
    }
    const { bytes, opts, source } = e.data;
    const onProgress = (done: number, total: number) => postMessage({ dlens: 'progress', done, total });
    const { report, doc } = await engine.analyzePdfWithModel(pdfjsForWorker, bytes, { ...opts, onProgress }, source);
    postMessage({ dlens: 'done', report, doc });
  } catch (err) {
    postMessage({ dlens: 'failed', message: describe(err) });
  }
};

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name || 'Error';
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message) || 'Error';
  return String(err) || 'Error';
}
