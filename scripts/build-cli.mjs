// Bundles the command-line tool (lib/cli) into dist/ so `dlens` starts without a TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: { dlens: 'lib/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
