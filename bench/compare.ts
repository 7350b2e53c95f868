// Benchmark: `dlens compare` over the Jiangsu series (issue: ≤ 2 s wall for two ~30-page documents),
// and the must-show figures — C1 statements found / computable / agreeing / failing, and how many
// of the authors' 收支预算总表 CSV values our aligned totals reproduce.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JIANGSU_SERIES as SERIES } from '../tests/support/jiangsu-series';
import { median } from './support/files';

const RUNS = 5;
const TOTALS: Record<string, string> = { 收入合计: 'summary:收入:收入总计', 支出合计: 'summary:支出:支出总计', 当年收入小计: 'summary:收入:本年收入合计', 当年支出小计: 'summary:支出:本年支出合计' };

export async function run(repo: string) {
  const dir = resolve(repo, '../shared/corpus/real/jiangsu-open-budget');
  const cli = resolve(repo, 'bin/dlens.mjs');
  const path = (spec: string) => spec.split('+').map((f) => join(dir, f)).join('+');
  const dlens = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

  const a = path(SERIES.rendaban[2017]), b = path(SERIES.rendaban[2018]); // 30 and 31 pages
  const wall = (args: string[]) => { const t0 = performance.now(); dlens(args); return performance.now() - t0; };
  const compareMs = median(Array.from({ length: RUNS }, () => wall(['compare', a, b, '--format', 'json'])));
  const checkOneMs = median(Array.from({ length: RUNS }, () => wall(['check', b, '--format', 'json'])));

  const c1 = { claims: 0, computable: 0, agree: 0, fail: 0 };
  let csvCells = 0, csvMatched = 0;
  const rows: string[] = [];
  for (const [dept, years] of Object.entries(SERIES)) {
    const [head, ...lines] = readFileSync(join(dir, `js_${dept}_收支预算总表_2017-2019.csv`), 'utf8').trim().split('\n').map((l) => l.split(','));
    const csv = new Map(lines.map((r) => [Number(r[0].slice(0, 4)), r]));
    for (const [p, c] of [[2017, 2018], [2018, 2019]]) {
      const out = JSON.parse(dlens(['compare', path(years[p]), path(years[c]), '--format', 'json']).stdout);
      const s = out.summary.c1;
      c1.claims += s.claims; c1.computable += s.computable; c1.agree += s.pass + s.rounding; c1.fail += s.fail;
      rows.push(`  ${dept} ${p}→${c}: C1 ${s.claims} found, ${s.computable} computable, ${s.pass + s.rounding} agree, ${s.fail} fail; aligned ${out.items.length} lines (${out.summary.matches.appeared} appeared, ${out.summary.matches.disappeared} disappeared)`);
      const items = out.items as { key: string; name: string; prior: string | null; current: string | null }[];
      head.slice(1).forEach((column, i) => {
        const want = [csv.get(p)![i + 1], csv.get(c)![i + 1]];
        if (want.some((v) => v === '' || v === undefined)) return;
        csvCells += 2;
        const item = items.find((x) => x.key === (TOTALS[column] ?? '') || (x.key.startsWith('summary:') && x.name === column));
        if (item && Number(item.prior) === Number(want[0])) csvMatched++;
        if (item && Number(item.current) === Number(want[1])) csvMatched++;
      });
    }
  }
  return {
    compare_30p_vs_31p_wall_ms: Math.round(compareMs),
    check_one_31p_wall_ms: Math.round(checkOneMs),
    goal_ms: 2000,
    c1_found: c1.claims,
    c1_computable: c1.computable,
    c1_agree: c1.agree,
    c1_fail: c1.fail,
    csv_values: csvCells,
    csv_values_reproduced: csvMatched,
    table: rows.join('\n'),
  };
}
