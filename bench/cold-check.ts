// Benchmark: `dlens check` of a ~30-page budget PDF in a cold process (issue 4: ≤ 1.5 s wall),
// `pdftotext -layout` on the same file for reference, and peak RSS checking a 300-page PDF.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './support/files';

const RUNS = 5;

function wall(cmd: string, args: string[]): number {
  const t0 = performance.now();
  spawnSync(cmd, args, { stdio: 'ignore' });
  return performance.now() - t0;
}

export async function run(repo: string) {
  const corpus = resolve(repo, '../shared/corpus/real');
  const cli = resolve(repo, 'bin/dlens.mjs');
  const doc = join(corpus, 'cities-renwu/huz_caizhengju_2026_budget.pdf'); // 32 pages, 9 tables
  const cold = median(Array.from({ length: RUNS }, () => wall(process.execPath, [cli, 'check', doc, '--format', 'json'])));
  const pdftotext = existsSync('/usr/bin/pdftotext')
    ? median(Array.from({ length: RUNS }, () => wall('pdftotext', ['-layout', doc, '/dev/null'])))
    : NaN;
  // A 300-page document: corpus budgets joined with pdfunite (poppler-utils).
  let rss = NaN;
  let pages = 0;
  if (existsSync('/usr/bin/pdfunite') && existsSync('/usr/bin/time')) {
    const out = join(mkdtempSync(join(tmpdir(), 'dlens-bench-')), 'big.pdf');
    const parts = [
      'cities-renwu/xa_yibaoju_2022_budget.pdf',
      'cities-renwu/xa_xuanchuanbu_2021_budget.pdf',
      'cities-renwu/bj_sifaju_2026_budget_tables.pdf',
      'cities-renwu/szn_caizhengju_2026_budget.pdf',
      'cities-renwu/yt_shenjiju_2026_budget.pdf',
      'cities-renwu/zh_shangwuju_2026_budget.pdf',
      'cities-renwu/fz_gonganju_2026_budget.pdf',
      'cities-renwu/wh_xinfangju_2026_budget.pdf',
    ];
    execFileSync('pdfunite', [...parts.map((p) => join(corpus, p)), out]);
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out]).toString())?.[1] ?? 0);
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'check', out, '--format', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  }
  return {
    document: 'huz_caizhengju_2026_budget.pdf (32 pages)',
    cold_check_ms_median: Math.round(cold),
    goal_ms: 1500,
    pdftotext_layout_ms: Math.round(pdftotext),
    big_document_pages: pages,
    big_document_peak_rss_mb: Math.round(rss),
    rss_goal_mb: 400,
  };
}
