// dlens check over many documents: a worker pool, results written in input order as soon as
// every earlier one is written (at most LOOKAHEAD_PER_JOB × jobs documents in flight or waiting),
// a progress line on a terminal, a summary table at the end, and --resume.
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, formatCsvRows, CSV_HEADER, type CheckReport, type ReportFormat, type PassDisplay } from '../../report';
import type { Lang } from '../../rules';
import { EXIT, UserError, exitFor, type CliIO } from '../io';
import { both } from '../lang';
import { CheckPool, type TaskResult } from './pool';
import { newTally, progressLine, summaryTable } from './progress';
import { loadJoined } from '../commands/compare';
import { readPriorResults, trimTornLine, type PriorResult } from './resume';

const LOOKAHEAD_PER_JOB = 8;
const PROGRESS_EVERY_MS = 200;
/** Redraw the progress line this often even when no document finishes (rate and ETA move). */
const PROGRESS_TICK_MS = 1000;
/** Exit code when no check failed but some document could not be read or checked. */
export const EXIT_UNREADABLE = 3;

export interface BatchOptions {
  paths: string[];
  format: ReportFormat;
  profile: 'interval' | 'strict';
  lang: Lang;
  jobs: number;
  timeoutS: number;
  maxMemoryMb: number;
  out?: string;
  resume?: string;
  prior?: string;
  passes: PassDisplay;
  color: boolean;
  /** Show the progress line (stderr is a terminal). */
  progress: boolean;
}

export async function runBatch(o: BatchOptions, io: CliIO): Promise<number> {
  // An unreadable --prior is a usage error before anything starts (exit 2), as for one document.
  if (o.prior) await loadJoined(o.prior);
  const earlier = o.resume ? readPriorResults(o.resume) : new Map<string, PriorResult>();
  const todo = o.paths.filter((p) => !earlier.has(resolve(p)));
  const skipped = o.paths.filter((p) => earlier.has(resolve(p))).map((p) => earlier.get(resolve(p))!);
  const append = Boolean(o.out && o.resume && resolve(o.out) === resolve(o.resume) && existsSync(o.out));
  if (append) trimTornLine(o.out!);
  const fd = o.out ? openFile(o.out, append) : null;
  const write = (s: string) => (fd === null ? io.stdout(s) : writeSync(fd, s));
  if (o.format === 'csv' && !(append && statSync(o.out!).size > 0)) write(CSV_HEADER.join(',') + '\n');

  const tally = newTally();
  let nothingChecked = 0; // documents read but with nothing computed (scans): exit 4 if that is all
  tally.skipped = skipped.length;
  const jobs = Math.max(1, Math.min(o.jobs, todo.length || 1));
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let lastProgress = 0;
  const showProgress = (force = false) => {
    if (!o.progress || (!force && performance.now() - lastProgress < PROGRESS_EVERY_MS)) return;
    lastProgress = performance.now();
    io.stderr(`\r${progressLine(tally.documents, todo.length, elapsed())}\x1b[K`);
  };
  const say = (s: string) => io.stderr(o.progress ? `\r\x1b[K${s}` : s);

  const emit = (r: TaskResult) => {
    const report = r.report;
    tally.documents++;
    tally.unhandled += r.unhandled.length;
    for (const u of r.unhandled) say(`dlens: ${report.source.path}: unhandled promise rejection (${u})\n`);
    if (report.error) {
      tally.errors.set(report.error.kind, (tally.errors.get(report.error.kind) ?? 0) + 1);
      say(`dlens: ${report.error.message}\n`);
    } else if (report.summary.fail > 0) tally.withFail++;
    else tally.withoutFail++;
    if (!report.error && exitFor(report) === EXIT.nothingChecked) nothingChecked++;
    write(render(report, o));
    showProgress(Boolean(report.error) || r.unhandled.length > 0);
  };

  // One document (e.g. with --timeout): today's single-document output, errors as one line, exit 2.
  const single = o.paths.length === 1 && !o.resume;
  if (single) {
    const pool = new CheckPool({ jobs: 1, timeoutMs: o.timeoutS * 1000, maxMemoryMb: o.maxMemoryMb });
    try {
      const { report } = await pool.check({ id: 0, path: o.paths[0], profile: o.profile, lang: o.lang, prior: o.prior });
      if (report.error) throw new UserError(report.error.message);
      write(render(report, o));
      return exitFor(report);
    } finally {
      await pool.close();
      if (fd !== null) closeSync(fd);
    }
  }

  const pool = new CheckPool({ jobs, timeoutMs: o.timeoutS * 1000, maxMemoryMb: o.maxMemoryMb });
  showProgress(true);
  const ticker = o.progress ? setInterval(() => showProgress(true), PROGRESS_TICK_MS) : undefined;
  try {
    await inOrder(
      todo.length,
      jobs * LOOKAHEAD_PER_JOB,
      (id) => pool.check({ id, path: todo[id], profile: o.profile, lang: o.lang, prior: o.prior }),
      emit,
    );
  } finally {
    clearInterval(ticker);
    await pool.close();
    if (fd !== null) closeSync(fd);
  }
  if (o.progress) io.stderr('\r\x1b[K');
  io.stderr(summaryTable(tally, elapsed(), jobs, o.lang));

  const anyFail = tally.withFail > 0 || skipped.some((s) => s.fail);
  const anyError = tally.errors.size > 0 || skipped.some((s) => s.error);
  return anyFail ? EXIT.fail : anyError ? EXIT_UNREADABLE : nothingChecked ? EXIT.nothingChecked : EXIT.ok;
}

function render(report: CheckReport, o: BatchOptions): string {
  if (o.format === 'csv') return formatCsvRows(report);
  return formatReport(report, o.format, o.lang, { color: o.color && !o.out, passes: o.passes });
}

function openFile(path: string, append: boolean): number {
  try {
    return openSync(path, append ? 'a' : 'w');
  } catch (err) {
    throw new UserError(both(`无法写入 ${path}：${(err as Error).message}`, `cannot write ${path}: ${(err as Error).message}`));
  }
}

/** Runs n tasks, at most `window` ahead of the first unemitted one, and emits results in order. */
export function inOrder<T>(n: number, window: number, start: (id: number) => Promise<T>, emit: (r: T, id: number) => void): Promise<void> {
  return new Promise((done, reject) => {
    const ready = new Map<number, T>();
    let next = 0;
    let launched = 0;
    const launch = () => {
      while (launched < n && launched - next < window) {
        const id = launched++;
        start(id).then((r) => {
          ready.set(id, r);
          drain();
        }, reject);
      }
      if (next === n) done();
    };
    const drain = () => {
      try {
        while (ready.has(next)) {
          const r = ready.get(next)!;
          ready.delete(next);
          emit(r, next);
          next++;
        }
      } catch (err) {
        reject(err);
        return;
      }
      launch();
    };
    launch();
  });
}
