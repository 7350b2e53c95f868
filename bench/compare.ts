// Benchmark: `dlens compare` over every year pair of ../shared/corpus/{real,wide} (bench/support/year-pairs.ts:
// consecutive budgets, budget → final of the same year, consecutive finals): C1/C2/C3 counts per pair,
// every C-finding fail matched to its ledger row (bench/ledger/compare/<pair>.tsv, labelled by reading
// both documents' pages; new fails get a "?" row), C1 fail precision; plus the wall time of one compare
// (goal ≤ 2 s for two ~30-page documents) and how many of the Jiangsu authors' 收支预算总表 CSV values
// our aligned totals reproduce.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JIANGSU_SERIES as SERIES } from '../tests/support/jiangsu-series';
import { median } from './support/files';
import { findingKeys, readLedger, writeLedger, type LedgerFinding, type LedgerFile } from './support/ledger';
import { finalsWithoutPair, yearPairs, type YearPair } from './support/year-pairs';

const RUNS = 3;
const RULES = ['C1', 'C2', 'C3'] as const;
const STATUSES = ['pass', 'rounding', 'fail', 'warn', 'unverifiable'] as const;
const TOTALS: Record<string, string> = {
  收入合计: 'summary:收入:收入总计',
  支出合计: 'summary:支出:支出总计',
  当年收入小计: 'summary:收入:本年收入合计',
  当年支出小计: 'summary:支出:本年支出合计',
};

interface CompareOut {
  items: { key: string; name: string; prior: string | null; current: string | null }[];
  findings: (LedgerFinding & { rule: string })[];
  summary: { c1: { claims: number } };
}

/** The pair's ledger file; rows added ("?") for fails it does not know yet. */
function ledgerFor(ledgerDir: string, pair: YearPair, findings: LedgerFinding[]): { file: LedgerFile; keys: string[] } {
  const doc = `compare/${pair.name.replace(/ → /, '__').replace(/\//g, '_')}`;
  const file = readLedger(ledgerDir, doc) ?? {
    doc,
    truth: { kind: pair.type, year: '', body: '', holds: '', note: `${pair.prior} → ${pair.current}` },
    entries: [],
  };
  const keys = findingKeys(findings);
  const known = new Set(file.entries.map((e) => e.key));
  let added = false;
  findings.forEach((f, i) => {
    if (f.status !== 'fail' && f.status !== 'warn') return;
    if (known.has(keys[i])) return;
    file.entries.push({ label: '?', rule: f.rule, status: f.status, key: keys[i], reason: '', message: f.message.slice(0, 200) });
    added = true;
  });
  if (added || file.entries.length) writeLedger(ledgerDir, file);
  return { file, keys };
}

export async function run(repo: string) {
  const corpus = resolve(repo, '../shared/corpus');
  const ledgerDir = resolve(repo, 'bench/ledger');
  const cli = resolve(repo, 'bin/dlens.mjs');
  const dlens = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const path = (spec: string) =>
    spec
      .split('+')
      .map((f) => join(corpus, f))
      .join('+');

  const js = resolve(corpus, 'real/jiangsu-open-budget');
  const a = join(js, SERIES.rendaban[2017]),
    b = join(js, SERIES.rendaban[2018]); // 30 and 31 pages
  const wall = (args: string[]) => {
    const t0 = performance.now();
    dlens(args);
    return performance.now() - t0;
  };
  const compareMs = median(Array.from({ length: RUNS }, () => wall(['compare', a, b, '--format', 'json'])));

  const pairs = yearPairs(repo);
  const counts = Object.fromEntries(RULES.map((r) => [r, Object.fromEntries(STATUSES.map((s) => [s, 0]))])) as Record<
    string,
    Record<string, number>
  >;
  const labels = Object.fromEntries(RULES.map((r) => [r, { real: 0, false: 0, unclear: 0, unlabelled: 0 }])) as Record<
    string,
    Record<string, number>
  >;
  const rows: string[] = [];
  const perPair: Record<string, unknown>[] = [];
  const outputs = new Map<string, CompareOut>();
  for (const pair of pairs) {
    const r = dlens(['compare', path(pair.prior), path(pair.current), '--format', 'json']);
    const out = JSON.parse(r.stdout) as CompareOut;
    outputs.set(pair.name, out);
    const { file, keys } = ledgerFor(ledgerDir, pair, out.findings);
    const byRule: Record<string, Record<string, number>> = {};
    out.findings.forEach((f, i) => {
      if (!(f.rule in counts)) return;
      (byRule[f.rule] ??= {})[f.status] = (byRule[f.rule][f.status] ?? 0) + 1;
      counts[f.rule][f.status]++;
      if (f.status !== 'fail') return;
      const label = file.entries.find((e) => e.key === keys[i])?.label ?? '?';
      labels[f.rule][label === '?' ? 'unlabelled' : label]++;
    });
    const cell = (rule: string) => {
      const s = byRule[rule] ?? {};
      return STATUSES.map((st) => s[st] ?? 0).join('/');
    };
    rows.push(
      `  ${pair.type.padEnd(14)} ${pair.name}\n    C1 ${cell('C1')}  C2 ${cell('C2')}  C3 ${cell('C3')}   (pass/rounding/fail/warn/unverifiable)`,
    );
    perPair.push({
      pair: pair.name,
      type: pair.type,
      prior: pair.prior,
      current: pair.current,
      ...Object.fromEntries(RULES.map((rule) => [rule, byRule[rule] ?? {}])),
    });
  }

  // The Jiangsu authors' CSV totals, reproduced by the aligned 收支总表 lines of the consecutive pairs.
  let csvCells = 0,
    csvMatched = 0;
  for (const [dept, years] of Object.entries(SERIES)) {
    const [head, ...lines] = readFileSync(join(js, `js_${dept}_收支预算总表_2017-2019.csv`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const csv = new Map(lines.map((r) => [Number(r[0].slice(0, 4)), r]));
    for (const [p, c] of [
      [2017, 2018],
      [2018, 2019],
    ]) {
      const out = [...outputs.entries()].find(
        ([name]) => name.includes(years[c].split('+').at(-1)!) && name.includes(years[p].split('+').at(-1)!),
      )?.[1];
      if (!out) continue;
      head.slice(1).forEach((column, i) => {
        const want = [csv.get(p)![i + 1], csv.get(c)![i + 1]];
        if (want.some((v) => v === '' || v === undefined)) return;
        csvCells += 2;
        const item = out.items.find((x) => x.key === (TOTALS[column] ?? '') || (x.key.startsWith('summary:') && x.name === column));
        if (item && Number(item.prior) === Number(want[0])) csvMatched++;
        if (item && Number(item.current) === Number(want[1])) csvMatched++;
      });
    }
  }
  const precision = (rule: string) => {
    const l = labels[rule];
    return l.real + l.false ? `${((100 * l.real) / (l.real + l.false)).toFixed(1)}%` : 'n/a (no labelled fail)';
  };
  const typeCount = (t: string) => pairs.filter((p) => p.type === t).length;
  return {
    compare_30p_vs_31p_wall_ms: Math.round(compareMs),
    goal_ms: 2000,
    pairs: pairs.length,
    pairs_budget_budget: typeCount('budget→budget'),
    pairs_budget_final: typeCount('budget→final'),
    pairs_final_final: typeCount('final→final'),
    // C2 needs two consecutive finals, C3 a final and its year's budget: every final of the corpora and why it has neither.
    finals_without_pair: finalsWithoutPair(repo),
    c1: counts.C1,
    c2: counts.C2,
    c3: counts.C3,
    c1_fail_labels: labels.C1,
    c2_fail_labels: labels.C2,
    c3_fail_labels: labels.C3,
    c1_fail_precision: precision('C1'),
    c2_fail_precision: precision('C2'),
    c3_fail_precision: precision('C3'),
    csv_values: csvCells,
    csv_values_reproduced: csvMatched,
    per_pair: perPair,
    table: rows.join('\n'),
  };
}
