// Writes docs/rules.md from the rule registry (npm run docs:rules). A test keeps it current.
import { build } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const out = resolve(repo, 'bench/out/rules-doc.mjs');
mkdirSync(resolve(repo, 'bench/out'), { recursive: true });
await build({
  entryPoints: [resolve(repo, 'lib/rules/support/doc.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { rulesMarkdown } = await import(out);
writeFileSync(resolve(repo, 'docs/rules.md'), rulesMarkdown());
console.log('wrote docs/rules.md');
