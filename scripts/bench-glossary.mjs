// Glossary speed: index build, one look-up, and findTerms over the seed text ×10; and quality:
// top-1 over the 80 realistic look-ups of tests/lib/glossary/lookups.ts.
// Bundles lib/glossary with esbuild into a temp file (no TypeScript loader needed), then times it.
//
//   node scripts/bench-glossary.mjs            print a table
//   node scripts/bench-glossary.mjs --json     print the figures as JSON
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.resolve(ROOT, '../shared/seed/000_dbc8ed1467b6d47b.txt');
/** Budgets from the brief. */
const BUDGET_MS = { build: 50, lookup: 1, findTermsSeedX10: 100 };
const BUILD_RUNS = 20;
const LOOKUP_ROUNDS = 20;
const SEED_COPIES = 10;
const FIND_RUNS = 5;

const QUERIES = [
  '三公',
  '“三公”经费',
  '财政拨款收入',
  '年初结转和结余',
  '结转下年',
  '用事业基金弥补收支差额',
  '机关运行经费',
  '政府采购',
  '基本支出',
  '人员经费',
  '公用经费',
  '预算数',
  '决算数',
  '本年收入合计',
  '上年结转',
  '项目支出',
  '财政拔款收入',
  '机关运行经废',
  '三公經費',
  '財政撥款收入',
  '結轉下年',
  '2010301',
  '201 03 01',
  '[2010301]行政运行',
  '（204类）司法（06款）行政运行（01项）',
  '30217',
  '210',
  '一般公共服务（类）财政事务（款）行政运行（项）',
  '一般公共预算“三公”经费',
  'zzz 不存在的词',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const dir = mkdtempSync(path.join(os.tmpdir(), 'dlens-bench-glossary-'));
try {
  const out = path.join(dir, 'glossary.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'lib/glossary/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });

  const lookupsOut = path.join(dir, 'lookups.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests/lib/glossary/lookups.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: lookupsOut,
    logLevel: 'warning',
  });
  const { LOOKUPS } = await import(pathToFileURL(lookupsOut).href);

  let t = performance.now();
  const G = await import(pathToFileURL(out).href);
  const loadMs = performance.now() - t;

  // 1. Index build: the first one (cold JIT) and the median of later ones.
  t = performance.now();
  let glossary = G.createGlossary();
  const buildColdMs = performance.now() - t;
  const builds = [];
  for (let i = 0; i < BUILD_RUNS; i++) {
    t = performance.now();
    glossary = G.createGlossary();
    builds.push(performance.now() - t);
  }

  // 2. Look-ups: the first Traditional query also builds the t2cn converter; timed apart.
  t = performance.now();
  glossary.lookup('三公經費');
  const firstTraditionalMs = performance.now() - t;
  const lookups = [];
  const lookupCpu0 = process.cpuUsage();
  for (let r = 0; r < LOOKUP_ROUNDS; r++) {
    for (const q of QUERIES) {
      t = performance.now();
      glossary.lookup(q, { limit: 5 });
      lookups.push(performance.now() - t);
    }
  }

  const lookupCpu = process.cpuUsage(lookupCpu0);
  const lookupCpuMeanMs = (lookupCpu.user + lookupCpu.system) / 1000 / lookups.length;

  // 3. findTerms over the seed text repeated ten times.
  const seed = readFileSync(SEED, 'utf8');
  const text = Array(SEED_COPIES).fill(seed).join('\n');
  glossary.findTerms(seed);
  const runs = [];
  let marks = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < FIND_RUNS; i++) {
    t = performance.now();
    marks = glossary.findTerms(text).length;
    runs.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const findTermsCpuMs = (cpu.user + cpu.system) / 1000 / FIND_RUNS;

  // 4. Quality: the expected entry first, over the realistic look-ups.
  const quality = G.createGlossary();
  const misses = LOOKUPS.filter(([q, id]) => quality.lookup(q, { limit: 3 })[0]?.entry.id !== id);

  const figures = {
    top1: `${LOOKUPS.length - misses.length}/${LOOKUPS.length}`,
    top1Percent: +((100 * (LOOKUPS.length - misses.length)) / LOOKUPS.length).toFixed(1),
    top1Misses: misses.map(([q, id]) => `${q} (want ${id})`),
    moduleLoadMs: +loadMs.toFixed(1),
    buildColdMs: +buildColdMs.toFixed(2),
    buildMedianMs: +median(builds).toFixed(2),
    firstTraditionalLookupMs: +firstTraditionalMs.toFixed(2),
    lookupMedianMs: +median(lookups).toFixed(3),
    lookupP95Ms: +p95(lookups).toFixed(3),
    lookupMaxMs: +Math.max(...lookups).toFixed(3),
    lookupCpuMeanMs: +lookupCpuMeanMs.toFixed(3),
    findTermsSeedX10Ms: +median(runs).toFixed(2),
    findTermsSeedX10CpuMs: +findTermsCpuMs.toFixed(2),
    findTermsChars: text.length,
    findTermsMarks: marks,
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const ok = (v, max) => (v <= max ? 'ok' : `OVER ${max} ms`);
    console.log(
      `look-up top-1 (tests/lib/glossary/lookups.ts) ${figures.top1} = ${figures.top1Percent} %${misses.length ? `; missed: ${figures.top1Misses.join(', ')}` : ''}`,
    );
    console.log(`module load (bundle incl. JSON data)  ${figures.moduleLoadMs} ms`);
    console.log(`index build, first                    ${figures.buildColdMs} ms  ${ok(figures.buildColdMs, BUDGET_MS.build)}`);
    console.log(
      `index build, median of ${BUILD_RUNS}             ${figures.buildMedianMs} ms  ${ok(figures.buildMedianMs, BUDGET_MS.build)}`,
    );
    console.log(`first Traditional look-up (t2cn init) ${figures.firstTraditionalLookupMs} ms`);
    console.log(
      `look-up median / p95 / max            ${figures.lookupMedianMs} / ${figures.lookupP95Ms} / ${figures.lookupMaxMs} ms  ${ok(figures.lookupP95Ms, BUDGET_MS.lookup)} (p95)`,
    );
    console.log(`look-up mean CPU time                 ${figures.lookupCpuMeanMs} ms`);
    console.log(
      `findTerms, seed ×${SEED_COPIES} (${figures.findTermsChars} chars) ${figures.findTermsSeedX10Ms} ms wall, ${figures.findTermsSeedX10CpuMs} ms CPU, ${marks} marks  ${ok(figures.findTermsSeedX10Ms, BUDGET_MS.findTermsSeedX10)}`,
    );
    console.log('(wall times include other processes on a busy machine; CPU times do not)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
