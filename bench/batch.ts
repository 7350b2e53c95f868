// Benchmark: `dlens check` over every text-layer PDF of the real corpus in one command (worker
// pool), its throughput and peak RSS, and whether each result equals checking that file alone.
// The CLI is snapshotted first so that a rebuild by someone else cannot change it mid-run.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pdfsUnder } from './support/files';

const MIN_TEXT_CHARS = 200;

function hasTextLayer(pdf: string): boolean {
  const r = spawnSync('pdftotext', ['-q', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return (r.stdout ?? '').replace(/\s+/g, '').length >= MIN_TEXT_CHARS;
}

function snapshotCli(repo: string): string {
  const dir = resolve(repo, 'bench/out/batch-cli');
  // The whole build: the CLI is split into chunks that its entry and its workers import.
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve(repo, 'dist'), dir, { recursive: true, filter: (f) => !f.endsWith('.map') });
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, "import './dlens.js';\n");
  return entry;
}

export async function run(repo: string) {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: repo });
  const cli = snapshotCli(repo);
  const pdfs = pdfsUnder(resolve(repo, '../shared/corpus/real')).filter(hasTextLayer);
  const jobs = cpus().length;
  const load = loadavg()[0];

  const t0 = performance.now();
  const batch = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'check', ...pdfs, '--format', 'json', '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wall = (performance.now() - t0) / 1000;
  const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(batch.stderr)?.[1] ?? NaN) / 1024;
  const lines = batch.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

  let same = 0;
  const differ: string[] = [];
  let aloneSeconds = 0;
  for (const [i, pdf] of pdfs.entries()) {
    const t = performance.now();
    const alone = spawnSync(process.execPath, [cli, 'check', pdf, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    aloneSeconds += (performance.now() - t) / 1000;
    // Alone, an unreadable document is one line on stderr; in a batch, a result with that message.
    const match = alone.stdout.trim()
      ? isDeepStrictEqual(lines[i], JSON.parse(alone.stdout))
      : Boolean(lines[i]?.error) && alone.stderr.trim() === `dlens: ${lines[i].error.message}`;
    if (match) same++;
    else differ.push(pdf);
  }
  return {
    documents: pdfs.length,
    jobs,
    load_average_at_start: Number(load.toFixed(2)),
    batch_exit_code: batch.status ?? -1,
    batch_wall_s: Number(wall.toFixed(1)),
    docs_per_s: Number((pdfs.length / wall).toFixed(2)),
    peak_rss_mb: Number(rssMb.toFixed(0)),
    one_at_a_time_total_s: Number(aloneSeconds.toFixed(1)),
    same_as_alone: `${same}/${pdfs.length}`,
    differ,
  };
}
