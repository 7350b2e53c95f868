// A fixed number of worker threads checking one document each, with a per-document time and
// memory limit: a worker that exceeds either is terminated and replaced, the batch goes on.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { CheckReport } from '../../report';
import { errorReport } from './check-one';
import { peakRssMb } from '../memory';
import type { CheckTask, WorkerMessage } from './protocol';

export const DEFAULT_TIMEOUT_S = 60;
/**
 * V8 old-space cap per worker; the largest corpus PDF peaks well below this. Not lower: V8 sizes
 * its heap growth from the cap, and at 1536 MB the workers spent ~30 % more CPU in GC over the
 * corpus than at ≥ 2048 MB (measured: 33–34 s against 26 s of CPU for the 53 corpus PDFs).
 */
export { DEFAULT_MAX_MEMORY_MB } from '../memory';
const WORKER_FILE = 'check-worker.js';

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** The bundled worker entry; found next to the CLI bundle when not given. */
  workerFile?: string;
}

export interface TaskResult {
  report: CheckReport;
  ms: number;
  /** Promise rejections nobody handled while this document was checked (defects). */
  unhandled: string[];
}

/** dist/check-worker.js next to the bundled CLI; from the TypeScript sources (vitest), the built one. */
export function workerLocation(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, WORKER_FILE), resolve(here, '../../../dist', WORKER_FILE)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${WORKER_FILE} not found (run npm run build:cli)`);
  return found;
}

interface Slot {
  worker: Worker | null;
  job: { task: CheckTask; started: number; timer: NodeJS.Timeout; unhandled: string[]; done: (r: TaskResult) => void } | null;
}

export class CheckPool {
  private readonly slots: Slot[];
  private readonly queue: { task: CheckTask; done: (r: TaskResult) => void }[] = [];
  private readonly file: string;

  constructor(private readonly opts: PoolOptions) {
    this.file = opts.workerFile ?? workerLocation();
    this.slots = Array.from({ length: Math.max(1, opts.jobs) }, () => ({ worker: null, job: null }));
  }

  check(task: CheckTask): Promise<TaskResult> {
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const { task, done } = this.queue.shift()!;
      const worker = slot.worker ?? this.spawn(slot);
      const timer = setTimeout(
        () =>
          this.fail(
            slot,
            'timeout',
            task.lang === 'zh'
              ? `${task.path}：超过 ${this.opts.timeoutMs / 1000} 秒仍未完成，已放弃（--timeout）；未核对`
              : `${task.path}: gave up after ${this.opts.timeoutMs / 1000} s (--timeout); the document was not checked`,
          ),
        this.opts.timeoutMs,
      );
      slot.job = { task, started: performance.now(), timer, unhandled: [], done };
      worker.postMessage({ ...task, maxMemoryMb: this.opts.maxMemoryMb } satisfies CheckTask);
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb } });
    slot.worker = worker;
    worker.on('message', (m: WorkerMessage) => {
      if (!slot.job || m.id !== slot.job.task.id) return;
      if (m.type === 'unhandled') slot.job.unhandled.push(m.message);
      else this.finish(slot, m.report);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const path = slot.job?.task.path ?? '';
      const zh = slot.job?.task.lang === 'zh';
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.fail(
          slot,
          'memory',
          zh
            ? `${path}：需要超过 ${this.opts.maxMemoryMb} MB 内存（--max-memory）；未核对（峰值内存 ${peakRssMb()} MB）`
            : `${path}: needed more than ${this.opts.maxMemoryMb} MB of memory (--max-memory); the document was not checked (peak RSS ${peakRssMb()} MB)`,
        );
      else
        this.fail(
          slot,
          'internal',
          zh
            ? `${path}：核对时发生内部错误（${err.message.split('\n')[0]}）`
            : `${path}: internal error while checking (${err.message.split('\n')[0]})`,
        );
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (slot.job)
        this.fail(
          slot,
          'internal',
          slot.job.task.lang === 'zh'
            ? `${slot.job.task.path}：核对线程意外退出（退出码 ${code}）`
            : `${slot.job.task.path}: the checking thread stopped (exit code ${code})`,
        );
    });
    return worker;
  }

  private finish(slot: Slot, report: CheckReport): void {
    const job = slot.job!;
    clearTimeout(job.timer);
    slot.job = null;
    job.done({ report, ms: performance.now() - job.started, unhandled: job.unhandled });
    this.dispatch();
  }

  /** The worker is in an unknown state: replace it and report the document as an error. */
  private fail(slot: Slot, kind: string, message: string): void {
    if (!slot.job) return;
    const worker = slot.worker;
    slot.worker = null;
    void worker?.terminate();
    this.finish(slot, errorReport(slot.job.task.path, kind, message));
  }
}
