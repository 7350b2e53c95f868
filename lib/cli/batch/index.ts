// The batch path of `dlens check`: its options, when it applies, and the runner.
import { availableParallelism } from 'node:os';
import type { PassDisplay, ReportFormat } from '../../report';
import type { Lang } from '../../rules';
import { UserError } from '../io';
import { both } from '../lang';
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S } from './pool';
import type { BatchOptions } from './run-batch';

export { runBatch } from './run-batch';

const MAX_JOBS = 64;
const MIN_MEMORY_MB = 64;

export const BATCH_OPTIONS = {
  jobs: { type: 'string' },
  timeout: { type: 'string' },
  'max-memory': { type: 'string' },
  resume: { type: 'string' },
} as const;

export const BATCH_HELP = {
  zh: `
多份文件（或给出下列任一选项时）在工作线程中核对：
  --jobs N                    同时核对的文件数（默认：CPU 核数）
  --timeout 秒                单份文件超过这个时间就放弃（默认 ${DEFAULT_TIMEOUT_S}）
  --max-memory MB             单份文件需要更多内存就放弃（默认 ${DEFAULT_MAX_MEMORY_MB}）
  --resume 文件               跳过先前 --format json 输出中已有的文件
                              （与 --out 为同一文件时接着写入）
  结果按输入顺序输出，汇总写到标准错误
`,
  en: `
several documents (or any of these options) are checked in worker threads:
  --jobs N                    documents checked at once (default: the number of cores)
  --timeout SECONDS           give up on a document after this long (default ${DEFAULT_TIMEOUT_S})
  --max-memory MB             give up on a document that needs more memory (default ${DEFAULT_MAX_MEMORY_MB})
  --resume FILE               skip documents already in FILE, an earlier --format json output
                              (with --out FILE the same file is appended to)
  results are written in input order as they finish; a summary goes to stderr
`,
};

type Values = {
  prior?: string;
  jobs?: string;
  timeout?: string;
  'max-memory'?: string;
  resume?: string;
  profile?: string;
  out?: string;
  'no-passes'?: boolean;
  all?: boolean;
};

/** --all lists every pass, --no-passes none; by default one line per table. */
export function passDisplay(v: { 'no-passes'?: boolean; all?: boolean }): PassDisplay {
  return v['no-passes'] ? 'none' : v.all ? 'all' : 'summary';
}

export function wantsBatch(paths: string[], v: Values): boolean {
  return paths.length > 1 || v.jobs !== undefined || v.timeout !== undefined || v['max-memory'] !== undefined || v.resume !== undefined;
}

function number(v: string | undefined, name: string, fallback: number, min: number, max: number, integer: boolean): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UserError(
      both(
        `--${name} 应为 ${min} 到 ${max} 之间的${integer ? '整数' : '数'}（给出的是“${v}”）`,
        `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got "${v}")`,
      ),
    );
  }
  return n;
}

export function batchOptions(paths: string[], v: Values, o: { format: ReportFormat; lang: Lang; color: boolean }): BatchOptions {
  return {
    paths,
    format: o.format,
    lang: o.lang,
    color: o.color,
    profile: v.profile as 'interval' | 'strict',
    jobs: number(v.jobs, 'jobs', availableParallelism(), 1, MAX_JOBS, true),
    timeoutS: number(v.timeout, 'timeout', DEFAULT_TIMEOUT_S, 0.1, 24 * 3600, false),
    maxMemoryMb: number(v['max-memory'], 'max-memory', DEFAULT_MAX_MEMORY_MB, MIN_MEMORY_MB, 64 * 1024, true),
    out: v.out,
    resume: v.resume,
    prior: v.prior,
    passes: passDisplay(v),
    progress: Boolean(process.stderr.isTTY),
  };
}
