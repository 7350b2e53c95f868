// Starts the analysis worker for one document and resolves with its report.
import type { CheckReport } from '../../lib/report';
import type { AnalyzeRequest } from './analyze.worker';

export function analyzeInWorker(req: AnalyzeRequest, onProgress: (done: number, total: number) => void): Promise<CheckReport> {
  const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CheckReport>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent) => {
      // Only our own messages: pdf.js may talk over the same channel when it runs in a worker.
      const m = e.data as { dlens?: string; report?: CheckReport; done?: number; total?: number; message?: string };
      if (!m || typeof m !== 'object' || !m.dlens) return;
      if (m.dlens === 'progress') onProgress(m.done!, m.total!);
      else {
        worker.terminate();
        if (m.dlens === 'done') resolve(m.report!);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'analysis worker failed to start'));
    };
    worker.postMessage(req, [req.bytes.buffer]);
  });
}
