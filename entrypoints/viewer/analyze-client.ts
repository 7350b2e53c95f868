// Starts the analysis worker for one job: a document's report and model, or a year-over-year
// comparison of two models.
import type { CheckReport } from '../../lib/report';
import type { DisclosureDocument } from '../../lib/model';
import type { Comparison } from '../../lib/compare';
import type { AnalyzeRequest, CompareRequest } from './analyze.worker';

interface Reply {
  dlens?: string;
  report?: CheckReport;
  doc?: DisclosureDocument;
  comparison?: Comparison;
  done?: number;
  total?: number;
  message?: string;
}

function run(req: AnalyzeRequest | CompareRequest, transfer: Transferable[], onProgress?: (done: number, total: number) => void): Promise<Reply> {
  const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Reply>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent) => {
      // Only our own messages: pdf.js may talk over the same channel when it runs in a worker.
      const m = e.data as Reply;
      if (!m || typeof m !== 'object' || !m.dlens) return;
      if (m.dlens === 'progress') onProgress?.(m.done!, m.total!);
      else {
        worker.terminate();
        if (m.dlens === 'done') resolve(m);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'analysis worker failed to start'));
    };
    worker.postMessage(req, transfer);
  });
}

export async function analyzeInWorker(req: AnalyzeRequest, onProgress: (done: number, total: number) => void): Promise<{ report: CheckReport; doc: DisclosureDocument | null }> {
  const m = await run(req, [req.bytes.buffer], onProgress);
  return { report: m.report!, doc: m.doc ?? null };
}

export async function compareInWorker(prior: DisclosureDocument, current: DisclosureDocument): Promise<Comparison> {
  return (await run({ compare: { prior, current } }, [])).comparison!;
}
