// npm run ledger: bundles bench/support/ledger-run.ts with esbuild and runs it (see that file).
import { build } from 'esbuild';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const outfile = resolve(repo, 'bench/out/ledger.mjs');
await build({
  entryPoints: [resolve(repo, 'bench/support/ledger-run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { main } = await import(outfile);
process.exitCode = await main(repo, process.argv.slice(2));
