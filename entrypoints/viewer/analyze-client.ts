// Starts the analysis worker for one job: a document's report and model, or a year-over-year
// comparison of two models.
import type { CheckReport } from '../../lib/report';
import type { DisclosureDocument } from '../../lib/model';
import type { Comparison } from '../../lib/compare';
import type { Finding } from '../../lib/rules';
import type { ByLang } from '../../lib/extension/finding-lang';
import type { AnalyzeRequest, CompareRequest } from './analyze.worker';
import { LoadFailure } from '../../components/load-error';

/** A document's check is stopped after this long (the CLI's default per-document limit is 60 s;
 *  the viewer also renders pages meanwhile). The worker is terminated, so its memory goes too. */
export const ANALYSIS_TIMEOUT_S = 120;

interface Reply {
  dlens?: string;
  report?: CheckReport;
  reports?: ByLang<CheckReport>;
  findings?: ByLang<Finding[]>;
  recheckMs?: number;
  langError?: string | null;
  doc?: DisclosureDocument;
  comparison?: Comparison;
  done?: number;
  total?: number;
  message?: string;
}

const startWorker = () => new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });

function run(
  req: AnalyzeRequest | CompareRequest,
  transfer: Transferable[],
  onProgress?: (done: number, total: number) => void,
  worker = startWorker(),
): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new LoadFailure({ kind: 'timeout', seconds: ANALYSIS_TIMEOUT_S, detail: `no result after ${ANALYSIS_TIMEOUT_S} s` }));
    }, ANALYSIS_TIMEOUT_S * 1000);
    worker.onmessage = (e: MessageEvent) => {
      // Only our own messages: pdf.js may talk over the same channel when it runs in a worker.
      const m = e.data as Reply;
      if (!m || typeof m !== 'object' || !m.dlens) return;
      if (m.dlens === 'progress') onProgress?.(m.done!, m.total!);
      else {
        clearTimeout(timer);
        worker.terminate();
        if (m.dlens === 'done') resolve(m);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(e.message || 'analysis worker failed to start'));
    };
    worker.postMessage(req, transfer);
  });
}

export interface Analysis {
  /** The report in Chinese (what the local library keeps). */
  report: CheckReport;
  /** The same findings worded in each UI language (same ids, statuses and counts). */
  reports: ByLang<CheckReport>;
  doc: DisclosureDocument | null;
  /** How long the second language's rule step took in the worker (ms). */
  recheckMs: number;
  /** Set when the other language's findings differed (then both languages show the Chinese report). */
  langError: string | null;
}

export async function analyzeInWorker(
  req: AnalyzeRequest,
  onProgress: (done: number, total: number) => void,
  worker?: Worker,
): Promise<Analysis> {
  const m = await run(req, [req.bytes.buffer], onProgress, worker);
  return {
    report: m.report!,
    reports: m.reports ?? { zh: m.report!, en: m.report! },
    doc: m.doc ?? null,
    recheckMs: m.recheckMs ?? 0,
    langError: m.langError ?? null,
  };
}

/** A worker started before its document is there: it loads the engine and pdf.js (about half a
 *  second) while the viewer fetches and opens the PDF. `analyze` hands it the document once;
 *  `stop` ends it if it was never used or is no longer wanted. */
export function preparedAnalysis(): {
  analyze(req: AnalyzeRequest, onProgress: (done: number, total: number) => void): Promise<Analysis>;
  stop(): void;
} {
  const worker = startWorker();
  return {
    analyze: (req, onProgress) => analyzeInWorker(req, onProgress, worker),
    stop: () => worker.terminate(),
  };
}

/** The comparison (worded in Chinese) and its C-findings in each UI language. */
export async function compareInWorker(
  prior: DisclosureDocument,
  current: DisclosureDocument,
): Promise<{ comparison: Comparison; findings: ByLang<Finding[]>; langError: string | null }> {
  const m = await run({ compare: { prior, current } }, []);
  return { comparison: m.comparison!, findings: m.findings!, langError: m.langError ?? null };
}
