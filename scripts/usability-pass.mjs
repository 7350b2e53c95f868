// The journalist's tasks of docs/usability.md, timed in Debian Chromium with the built extension:
// each step is what a reader does (keys and clicks on the real UI) and is timed until the UI shows
// its result. Prints a table and writes bench/results/usability.txt. The machine's load is printed
// with it: the times are a reader's waits on this machine, not a benchmark.
// Usage: npx wxt build && node scripts/usability-pass.mjs [corpus/real-relative.pdf [a number it prints]]
import { HOST, launchExtensionChromium } from './extension-chromium.mjs';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(REPO, '../shared/corpus/real');
const SAMPLE = path.join(REPO, 'assets/samples/sample-budget.html');
const pdf = process.argv[2] ?? 'cities-renwu/cc_xinfangju_2026_budget.pdf';

const server = createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const html = p === '/sample.html';
  let body;
  try {
    body = readFileSync(html ? SAMPLE : path.join(CORPUS, p));
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : 'application/pdf' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const { ctx, id, close } = await launchExtensionChromium('usability', {
  locale: 'zh-CN',
  acceptDownloads: true,
  viewport: { width: 1400, height: 900 },
});

const rows = [];
async function step(task, how, fn) {
  const t0 = Date.now();
  await fn();
  const ms = Date.now() - t0;
  rows.push({ task, how, ms });
  console.log(`${task.padEnd(26)} ${(ms / 1000).toFixed(1).padStart(5)} s  ${how}`);
}

const page = await ctx.newPage();
const load = loadavg()[0].toFixed(1);
await step('Open the PDF', 'navigate to it on the government site → viewer with findings', async () => {
  await page.goto(`http://${HOST}:${port}/${pdf}`, { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${id}/viewer.html`));
  await page.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: 120_000 });
});
await page.waitForSelector('#dlens-viewer[data-marks-state="done"]', { timeout: 20_000 });
/** A number printed in the document (the default one is on 预算表 3 of the default PDF). */
const number = process.argv[3] ?? '1208.20';
await step('Find a number', `Ctrl+F, type ${number} → first hit shown, count beside the box`, async () => {
  await page.click('.dl-pages');
  await page.keyboard.press('Control+f');
  await page.keyboard.type(number);
  await page.waitForFunction(() => /\d/.test(document.querySelector('.dl-find-count')?.textContent ?? ''), null, { timeout: 30_000 });
});
await page.keyboard.press('Escape');
const fail = page.locator('.dl-finding.dl-s-fail').first();
const fid = await fail.getAttribute('data-finding');
const sel = `.dl-finding[data-finding="${fid}"]`;
await step('Check a finding', 'click the first 错误 in the panel → its boxes flash, formula and numbers shown', async () => {
  await page.click(`${sel} .dl-finding-head`);
  await page.waitForSelector(`${sel}.dl-selected .dl-detail`);
  await page.waitForSelector('.dl-box.dl-flash');
});
await step('Mark it, with a note', 'click 已核实, type a note, Enter → tag in the list, counted', async () => {
  await page.click(`${sel} .dl-mark-controls [data-kind="confirmed"]`);
  await page.click(`${sel} .dl-mark-note`);
  await page.keyboard.type('与财政局核对过');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${sel} .dl-mark-tag[data-mark="confirmed"]`);
  await page.waitForSelector('#dlens-viewer[data-marks="1"]');
});
const exported = async (selector) => {
  const dl = page.waitForEvent('download', { timeout: 60_000 });
  await page.click(selector);
  return (await dl).path();
};
await step('Export the review memo', '核查备忘 → Markdown with formula, numbers, page and a crop', async () => {
  const file = await exported('[data-export="memo"]');
  if (!readFileSync(file, 'utf8').includes('data:image/png;base64,') && !readFileSync(file, 'utf8').includes('.png'))
    throw new Error('memo without a crop');
});
await step('Save the original', 'Ctrl+S → the PDF’s own bytes under its own name', async () => {
  await page.click('.dl-pages');
  const dl = page.waitForEvent('download', { timeout: 60_000 });
  await page.keyboard.press('Control+s');
  await (await dl).path();
});
const web = await ctx.newPage();
await step('Open a web disclosure', 'the sample page → overlay with its findings, kept in the library (markable)', async () => {
  await web.goto(`http://${HOST}:${port}/sample.html`);
  await web.waitForSelector('dlens-overlay[data-library="stored"]', { state: 'attached', timeout: 60_000 });
});
await close();
server.close();

const out = [
  `usability pass — ${pdf} (Chromium 1400×900, zh-CN); load average at start ${load} on ${(await import('node:os')).cpus().length} cores`,
  ...rows.map((r) => `${r.task.padEnd(30)} ${(r.ms / 1000).toFixed(1).padStart(5)} s  ${r.how}`),
].join('\n');
writeFileSync(path.join(REPO, 'bench/results/usability.txt'), `${out}\n`);
