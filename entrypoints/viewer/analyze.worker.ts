// Runs the engine off the main thread: bytes in, CheckReport out (with progress messages).
// Our messages carry a `dlens` tag: pdf.js may use the same channel when it runs in a worker.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { engine } from '../../components/engine-load';
import type { PdfOptions } from '../../components/engine-bridge';
import type { SourceInfo } from '../../lib/model';

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

self.onmessage = async (e: MessageEvent<AnalyzeRequest>) => {
  const { bytes, opts, source } = e.data;
  try {
    const onProgress = (done: number, total: number) => postMessage({ dlens: 'progress', done, total });
    const report = await engine.analyzePdf(pdfjsForWorker, bytes, { ...opts, onProgress }, source);
    postMessage({ dlens: 'done', report });
  } catch (err) {
    postMessage({ dlens: 'failed', message: describe(err) });
  }
};

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name || 'Error';
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message) || 'Error';
  return String(err) || 'Error';
}
