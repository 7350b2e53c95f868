// npm run bench: runs every benchmark in bench/*.ts (bundled with esbuild), prints a table and
// writes bench/results/<name>.json. Benchmarks are measurements, not tests: they never fail.
import { build } from 'esbuild';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import { cpus } from 'node:os';

const repo = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const names = readdirSync(resolve(repo, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((n) => !only.length || only.includes(n));
const outDir = resolve(repo, 'bench/out');
mkdirSync(outDir, { recursive: true });
mkdirSync(resolve(repo, 'bench/results'), { recursive: true });

for (const name of names) {
  const outfile = resolve(outDir, `${name}.mjs`);
  await build({
    entryPoints: [resolve(repo, 'bench', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  const mod = await import(outfile);
  const result = await mod.run(repo);
  const record = { bench: name, date: new Date().toISOString(), node: process.version, cpus: cpus().length, ...result };
  writeFileSync(resolve(repo, 'bench/results', `${name}.json`), JSON.stringify(record, null, 2) + '\n');
  console.log(`\n${name}`);
  for (const [k, v] of Object.entries(result)) if (k !== 'table' && typeof v !== 'object') console.log(`  ${k.padEnd(22)} ${v}`);
  if (result.table) console.log(result.table);
}
