// Measures what the extension issue asks for, in Debian Chromium with the built extension:
//   time from navigating to a 25-page budget PDF until the viewer has its findings (data-state
//   leaves "loading"), over RUNS navigations; the time the viewer took to index the glossary terms
//   of the whole document (its data-ms-glossary-index); and the size of the packaged extension.
// Usage: npm run build && npm run zip && node scripts/e2e-measure.mjs [corpus-relative.pdf]
import { HOST, launchExtensionChromium } from './extension-chromium.mjs';
import { createServer } from 'node:http';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

const RUNS = 5;
const REPO = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(REPO, '../shared/corpus/real');
const BUILD = path.join(REPO, '.output/chrome-mv3');
const pdf = process.argv[2] ?? 'cities-renwu/gz_xinfangju_2026_budget.pdf';

const server = createServer((req, res) => {
  const file = path.join(CORPUS, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const { ctx, id, close } = await launchExtensionChromium('measure', { viewport: { width: 1400, height: 900 } });
const times = [];
const glossaryMs = [];
let last = {};
for (let i = 0; i < RUNS; i++) {
  const page = await ctx.newPage();
  const t0 = Date.now();
  await page.goto(`http://${HOST}:${port}/${pdf}`, { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${id}/viewer.html`));
  await page.waitForSelector('#dlens-viewer:not([data-state="loading"])', { timeout: 120_000 });
  times.push(Date.now() - t0);
  const indexed = await page
    .waitForSelector('#dlens-viewer[data-ms-glossary-index]', { timeout: 30_000 })
    .then(() => page.getAttribute('#dlens-viewer', 'data-ms-glossary-index'))
    .catch(() => null);
  if (indexed != null) glossaryMs.push(Number(indexed));
  last = await page.$eval('#dlens-viewer', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  await page.close();
}
await close();
server.close();

times.sort((a, b) => a - b);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const dirSize = (d) =>
  readdirSync(d, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);
console.log(`document: ${pdf}`);
console.log(
  `viewer state: ${last['data-state']}; counts: ${['pass', 'rounding', 'fail', 'warn', 'unverifiable'].map((s) => `${s}=${last[`data-count-${s}`] ?? '-'}`).join(' ')}`,
);
console.log(`navigation → findings (ms, ${RUNS} runs): median ${times[Math.floor(RUNS / 2)]}, min ${times[0]}, max ${times.at(-1)}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  glossaryMs.length
    ? `glossary terms indexed over the document (ms, ${glossaryMs.length} runs): median ${median(glossaryMs).toFixed(1)}, max ${Math.max(...glossaryMs).toFixed(1)}`
    : 'glossary: the viewer reported no index time',
);
console.log(`unpacked chrome-mv3: ${kb(dirSize(BUILD))}`);
for (const f of readdirSync(path.join(REPO, '.output')).filter((f) => /-(chrome|firefox)\.zip$/.test(f))) {
  console.log(`package ${f}: ${kb(statSync(path.join(REPO, '.output', f)).size)}`);
}
