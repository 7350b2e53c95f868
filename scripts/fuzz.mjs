// npm run fuzz [-- --seed N --mutants N --jobs N --timeout S]: mutates real corpus PDFs and HTML
// pages (lib/cli/batch/mutate.ts), checks every mutant in a worker with limits and writes
// bench/results/fuzz.json (seed, counts, crashes, hangs, unhandled rejections, slowest mutant).
// Any crash or hang is listed with its index: `--seed S` reproduces the same mutants, and
// `--dump INDEX` writes that one mutant to bench/out/ to run `dlens check` on it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261126' },
    mutants: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: String(cpus().length) },
    timeout: { type: 'string', default: '30' },
    dump: { type: 'string' },
  },
});

execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: repo, stdio: 'inherit' });
const outfile = resolve(repo, 'bench/out/fuzz-lib.mjs');
await build({
  entryPoints: [resolve(repo, 'lib/cli/batch/fuzz.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { runFuzz, makeMutant, FUZZ_SOURCES } = await import(outfile);

const corpus = resolve(repo, '../shared/corpus/real');
if (values.dump !== undefined) {
  const m = makeMutant(
    Number(values.seed),
    Number(values.dump),
    FUZZ_SOURCES.map((p) => resolve(corpus, p)),
  );
  const file = resolve(repo, `bench/out/fuzz-${values.seed}-${values.dump}.${m.pdf ? 'pdf' : 'html'}`);
  writeFileSync(file, m.bytes);
  console.log(`${file} (from ${m.source}, ${m.mutators.join('+')})`);
  process.exit(0);
}

let mainUnhandled = 0;
process.on('unhandledRejection', () => {
  mainUnhandled++;
});

const mutants = Number(values.mutants);
const result = await runFuzz({
  seed: Number(values.seed),
  mutants,
  sources: FUZZ_SOURCES.map((p) => resolve(corpus, p)),
  jobs: Number(values.jobs),
  timeoutS: Number(values.timeout),
  maxMemoryMb: 1024,
  workerFile: resolve(repo, 'dist/check-worker.js'),
  onProgress: (n) => {
    if (process.stderr.isTTY || n % 100 === 0) process.stderr.write(`\rfuzz: ${n}/${mutants}`);
  },
});
process.stderr.write('\n');
const record = {
  bench: 'fuzz',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  timeoutS: Number(values.timeout),
  ...result,
  mainThreadUnhandledRejections: mainUnhandled,
};
mkdirSync(resolve(repo, 'bench/results'), { recursive: true });
writeFileSync(resolve(repo, 'bench/results/fuzz.json'), JSON.stringify(record, null, 2) + '\n');
console.log(`fuzz seed ${result.seed}: ${result.mutants} mutants in ${result.seconds} s`);
console.log(
  `  crashes ${result.crashes.length} · hangs ${result.hangs.length} · memory ${result.memory.length} · unhandled rejections ${result.unhandledRejections.length + mainUnhandled}`,
);
console.log(
  `  slowest mutant #${result.slowest.index} (${result.slowest.source}, ${result.slowest.mutators.join('+')}): ${result.slowest.ms} ms`,
);
console.log(`  outcomes ${JSON.stringify(result.outcomes)}`);
process.exitCode = result.crashes.length || result.hangs.length ? 1 : 0;
