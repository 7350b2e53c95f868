// Opens every corpus PDF in the built Chromium extension and compares the viewer's counts with
// `dlens check <file> --format json`. Prints one line per file and a total; exit 1 on a mismatch.
// Rebuild both first: a CLI bundle older than the extension build compares different code.
// Usage: npm run build:cli && npx wxt build && node scripts/e2e-sweep.mjs [corpus subfolder]
import { HOST, launchExtensionChromium } from './extension-chromium.mjs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(REPO, '../shared/corpus/real');
const STATUSES = ['pass', 'rounding', 'fail', 'warn', 'unverifiable'];
const VIEWER_TIMEOUT_MS = 120_000;

const dirs = process.argv[2]
  ? [process.argv[2]]
  : readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
const files = dirs
  .flatMap((d) =>
    readdirSync(path.join(CORPUS, d))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => `${d}/${f}`),
  )
  .sort();

function cli(rel) {
  let out;
  try {
    out = execFileSync('node', [path.join(REPO, 'bin/dlens.mjs'), 'check', path.join(CORPUS, rel), '--format', 'json'], {
      maxBuffer: 64 << 20,
    }).toString();
  } catch (err) {
    out = err.stdout?.toString();
  }
  try {
    const r = JSON.parse(out);
    return r.error ? null : STATUSES.map((s) => r.summary[s]).join('/');
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  try {
    res
      .writeHead(200, { 'content-type': 'application/pdf' })
      .end(readFileSync(path.join(CORPUS, decodeURIComponent(new URL(req.url, 'http://x').pathname))));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const { ctx, id, close } = await launchExtensionChromium('sweep');
let mismatches = 0;
for (const rel of files) {
  const page = await ctx.newPage();
  const t0 = Date.now();
  let viewer = 'timeout';
  try {
    await page.goto(`http://${HOST}:${port}/${rel}`, { waitUntil: 'commit' }).catch(() => {});
    await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${id}/viewer.html`));
    await page.waitForSelector('#dlens-viewer:not([data-state="loading"])', { timeout: VIEWER_TIMEOUT_MS });
    const a = await page.$eval('#dlens-viewer', (el) => Object.fromEntries([...el.attributes].map((x) => [x.name, x.value])));
    viewer = a['data-state'] === 'done' ? STATUSES.map((s) => a[`data-count-${s}`]).join('/') : `state=${a['data-state']}`;
  } catch (err) {
    viewer = `error: ${err.message.split('\n')[0]}`;
  }
  const ms = Date.now() - t0;
  const expected = cli(rel);
  // The CLI refuses documents it does not recognise as disclosures; the viewer checks them anyway
  // and shows its "not a disclosure" banner, so nothing found (all zero) is the same answer.
  const same = expected === viewer || (expected === null && (viewer.startsWith('state=error') || viewer === '0/0/0/0/0'));
  if (!same) mismatches++;
  console.log(`${same ? 'same' : 'DIFF'}  ${String(ms).padStart(6)} ms  viewer ${viewer.padEnd(18)} cli ${expected ?? 'error'}  ${rel}`);
  await page.close();
}
await close();
server.close();
console.log(`${files.length} PDFs, ${mismatches} differ (counts pass/rounding/fail/warn/unverifiable)`);
process.exitCode = mismatches ? 1 : 0;
