// The README's example block: the first lines of `npm run check` as a newcomer sees them (C.UTF-8
// locale, no colour). `node scripts/readme-example.mjs --write` refreshes README.md; the test
// tests/assets/readme-example.test.ts keeps them equal.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(REPO, 'README.md');
export const EXAMPLE_LINES = 30;
const OPEN = '<!-- example: npm run check -->\n```\n';

/** What `npm run check` writes to standard output (npm's own header lines included). */
export function npmRunCheck() {
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const r = spawnSync('npm', ['run', 'check'], { cwd: REPO, env, encoding: 'utf8' });
  return r.stdout;
}

export function readmeExample() {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(OPEN);
  if (start < 0) throw new Error(`README.md has no "${OPEN.split('\n')[0]}" block`);
  const body = start + OPEN.length;
  return text.slice(body, text.indexOf('\n```', body));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  const text = readFileSync(README, 'utf8');
  const block = npmRunCheck().split('\n').slice(0, EXAMPLE_LINES).join('\n');
  const start = text.indexOf(OPEN) + OPEN.length;
  writeFileSync(README, text.slice(0, start) + block + text.slice(text.indexOf('\n```', start)));
}
