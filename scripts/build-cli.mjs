// Bundles the command-line tool (lib/cli) into dist/ so `dlens` starts without a TypeScript loader.
// check-worker is the worker thread `dlens check` spreads several documents over (lib/cli/batch).
import { build } from 'esbuild';

await build({
  entryPoints: { dlens: 'lib/cli/main.ts', 'check-worker': 'lib/cli/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
