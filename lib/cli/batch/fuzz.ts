// The fuzz suite: seeded mutants of real documents, each checked in a worker with limits.
// A crash is an error that is not a clean input error; a hang is a mutant past the time limit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { CheckPool } from './pool';
import { mutate, pick, rngFor } from './mutate';
import { inOrder } from './run-batch';

/** Error kinds that are a clean, explained refusal (InputError / PdfError kinds). */
export const CLEAN_ERROR_KINDS = new Set([
  'missing',
  'empty',
  'binary',
  'too-large',
  'unsupported',
  'not-disclosure',
  'template',
  'password',
  'corrupt',
  'not-pdf',
]);

export interface FuzzOptions {
  seed: number;
  mutants: number;
  sources: string[];
  jobs: number;
  timeoutS: number;
  maxMemoryMb: number;
  workerFile?: string;
  onProgress?: (done: number) => void;
}

export interface FuzzIssue {
  index: number;
  source: string;
  mutators: string[];
  kind: string;
  message: string;
}

export interface FuzzResult {
  seed: number;
  mutants: number;
  sources: string[];
  crashes: FuzzIssue[];
  hangs: FuzzIssue[];
  memory: FuzzIssue[];
  unhandledRejections: FuzzIssue[];
  outcomes: Record<string, number>;
  slowest: { index: number; source: string; mutators: string[]; ms: number };
  seconds: number;
}

interface Source {
  path: string;
  bytes: Uint8Array;
  pdf: boolean;
}

const readSources = (paths: string[]): Source[] =>
  paths.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)), pdf: extname(path).toLowerCase() === '.pdf' }));

/** Mutant `index` of `seed`: its bytes, the file it came from and what was done to it. */
export function makeMutant(seed: number, index: number, sources: Source[] | string[]) {
  const srcs = typeof sources[0] === 'string' ? readSources(sources as string[]) : (sources as Source[]);
  const rng = rngFor(seed, index);
  const src = pick(srcs, rng);
  return { source: src.path, pdf: src.pdf, ...mutate(src.bytes, src.pdf, rng) };
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dlens-fuzz-'));
  const sources = readSources(o.sources);
  const r: FuzzResult = {
    seed: o.seed,
    mutants: o.mutants,
    sources: o.sources.map((s) => basename(s)),
    crashes: [],
    hangs: [],
    memory: [],
    unhandledRejections: [],
    outcomes: {},
    slowest: { index: -1, source: '', mutators: [], ms: 0 },
    seconds: 0,
  };
  const pool = new CheckPool({ jobs: o.jobs, timeoutMs: o.timeoutS * 1000, maxMemoryMb: o.maxMemoryMb, workerFile: o.workerFile });
  const t0 = performance.now();
  const meta: { source: string; mutators: string[]; file: string }[] = [];
  try {
    await inOrder(
      o.mutants,
      o.jobs * 4,
      (index) => {
        const m = makeMutant(o.seed, index, sources);
        const file = join(dir, `m${index}${m.pdf ? '.pdf' : '.html'}`);
        writeFileSync(file, m.bytes);
        meta[index] = { source: basename(m.source), mutators: m.mutators, file };
        return pool.check({ id: index, path: file, profile: 'interval', lang: 'en' });
      },
      (res, index) => {
        const { source, mutators, file } = meta[index];
        rmSync(file, { force: true });
        const kind = res.report.error?.kind ?? (res.report.document.textLayer ? 'checked' : 'no-text');
        r.outcomes[kind] = (r.outcomes[kind] ?? 0) + 1;
        const issue = (k: string, message: string): FuzzIssue => ({ index, source, mutators, kind: k, message });
        if (kind === 'timeout') r.hangs.push(issue(kind, res.report.error!.message));
        else if (kind === 'memory') r.memory.push(issue(kind, res.report.error!.message));
        else if (res.report.error && !CLEAN_ERROR_KINDS.has(kind)) r.crashes.push(issue(kind, res.report.error.message));
        for (const u of res.unhandled) r.unhandledRejections.push(issue('unhandled-rejection', u));
        if (kind !== 'timeout' && res.ms > r.slowest.ms) r.slowest = { index, source, mutators, ms: Math.round(res.ms) };
        o.onProgress?.(index + 1);
      },
    );
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
  r.seconds = Number(((performance.now() - t0) / 1000).toFixed(1));
  return r;
}

/** Real documents the mutants are made from, relative to the shared corpus (small ones: fast runs). */
export const FUZZ_SOURCES = [
  'cities-renwu/bj_xinfangban_2026_budget.pdf',
  'jiangsu-open-budget/js_shengweiban_2019_budget_tables.pdf',
  'jiangsu-open-budget/js_shengweiban_2017_budget_text.pdf',
  'cities-renwu/NEG_hz_xiaofang_notice.pdf',
  'cities-renwu/cs_wenlvtiju_2026_budget_SCANNED.pdf',
  'cities-renwu/cq_fagaiwei_2026_budget_landing.html',
  'cities-renwu/cq_caizhengju_2026_unit_budget_landing.html',
  'cities-renwu/NEG_jn_gonganju_xxgk_index.html',
];
