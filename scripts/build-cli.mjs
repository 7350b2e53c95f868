// Bundles the command-line tool (lib/cli) into dist/ so `dlens` starts without a TypeScript loader.
// check-worker is the worker thread `dlens check` spreads several documents over (lib/cli/batch).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true }); // chunk names change with their content: no stale ones

await build({
  entryPoints: { dlens: 'lib/cli/main.ts', 'check-worker': 'lib/cli/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  splitting: true, // each command in its own chunk: --help, --version and usage errors start without the engine
  chunkNames: '[name]-[hash]', // beside dlens.js: code that finds files from import.meta.url keeps working
  logLevel: 'warning',
});
