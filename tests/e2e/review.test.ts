// The reviewer's workflow in the viewer (Chromium, the built extension, a real budget of ../shared):
// marks on findings that survive a reload and a re-check and go into every export (and into
// `dlens check --marks`), an orphaned mark named as such, a tick and tie over cells of two rows kept
// as the reader's own finding, the annotated PDF read back with pdf.js (its annotations counted) and
// opened in the viewer, and the memo with its crops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser as Firefox, Page as FirefoxPage } from 'puppeteer-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import {
  CORPUS,
  GOV_HOST,
  REPO,
  launchChromium,
  launchFirefox,
  poll as pollFor,
  startServer,
  type ExtensionBrowser,
  type LocalServer,
} from './harness';
import { loadDocument } from '../../lib/cli/inputs';
import { pdfLoader } from '../../lib/cli/pdf';
import { loadPdfjsForNode } from '../../lib/pdf/node';
import { annotatedFindings, findingBoxes } from '../../lib/report/annotate';
import type { CheckReport } from '../../lib/report';
import type { BBox, Table } from '../../lib/model';

/** 21 pages; 支出总表 on p. 8 (行政单位离退休 72.62 + 机关事业单位基本养老保险缴费支出 105.80 = 行政事业单位养老支出 178.42 万元); several fails. */
const DOC = 'cities-renwu/cc_xinfangju_2026_budget.pdf';
const FILE = path.join(CORPUS, DOC);
const VIEWER_TIMEOUT_MS = 60_000;
/** Screenshots and downloads the reviewer looks at (kept after the run). */
const OUT = '/tmp/dlens-review-e2e';

let server: LocalServer;
let browser: ExtensionBrowser;
let ctx: BrowserContext;
let extId = '';
let expense: Table;

beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(OUT, { recursive: true });
  server = await startServer();
  browser = await launchChromium({ profilePrefix: 'dlens-e2e-review-', acceptDownloads: true });
  ({ ctx, extId } = browser);
  expense = (await loadDocument(FILE, pdfLoader)).doc.tables.find((t) => /支出总表/.test(t.title))!;
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

const attr = (page: Page, name: string) => page.getAttribute('#dlens-viewer', name);

/** Opens the document as a reader would (a link on a government site) and waits for findings and marks. */
async function open(): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url(GOV_HOST, `/corpus/${DOC}`), { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html`), { timeout: 15_000 });
  await ready(page);
  return page;
}

async function ready(page: Page) {
  await page.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: VIEWER_TIMEOUT_MS });
  await page.waitForSelector('#dlens-viewer[data-marks-state="done"]', { timeout: 20_000 });
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exported(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const dl = page.waitForEvent('download', { timeout: 60_000 });
  await page.click(selector);
  const d = await dl;
  const bytes = readFileSync(await d.path());
  writeFileSync(path.join(OUT, d.suggestedFilename()), bytes);
  return { name: d.suggestedFilename(), bytes };
}

const selectFinding = async (page: Page, selector: string) => {
  const head = page.locator(`${selector} .dl-finding-head`);
  await head.click();
  return (await page.locator(selector).getAttribute('data-finding'))!;
};

/** The screen point of a model point (points on the unrotated page) on page `n`. */
async function screenPoint(page: Page, n: number, x: number, y: number) {
  const r = (await page.locator(`.dl-page[data-page="${n}"]`).boundingBox())!;
  const s = Number(await attr(page, 'data-scale'));
  return { x: r.x + x * s, y: r.y + y * s };
}

const cell = (code: string, col = 2): { text: string; bbox: BBox } => {
  const row = expense.rows.find((r) => r[0]?.text.trim() === code)!;
  return { text: row[col].text, bbox: row[col].bbox! };
};
const centre = (b: BBox) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] as const;

describe('the reviewer in the viewer (Chromium)', () => {
  let marked: string[] = [];

  it('marks three findings; the panel counts them; they survive a reload and a re-check, and a mark without its finding is shown as orphaned', async () => {
    const page = await open();
    console.log(`[e2e review] first findings at ${await attr(page, 'data-ms-first-findings')} ms (marks are read after them)`);
    expect(Number(await attr(page, 'data-count-fail'))).toBeGreaterThanOrEqual(3);
    const fails = page.locator('.dl-finding.dl-s-fail');
    const ids = await fails.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-finding')!));
    const kinds = ['confirmed', 'false-alarm', 'asked'] as const;
    for (const [i, id] of ids.entries()) {
      const sel = `.dl-finding[data-finding="${id}"]`;
      await selectFinding(page, sel);
      // Keyboard: the mark buttons are reachable with Tab and pressed with Enter.
      const button = page.locator(`${sel} .dl-mark-controls [data-kind="${kinds[i]}"]`);
      expect(await button.getAttribute('aria-label')).toBeTruthy();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getAttribute(`${sel} .dl-mark-tag`, 'data-mark')).toBe(kinds[i]);
    }
    const note = page.locator(`.dl-finding[data-finding="${ids[2]}"] .dl-mark-note`);
    await note.fill('已去电问询，待回复');
    await note.press('Enter');
    await expect.poll(() => attr(page, 'data-marks')).toBe('3');
    for (const k of kinds) expect(await page.getAttribute(`.dl-mark-count[data-kind="${k}"]`, 'data-count')).toBe('1');
    await page.screenshot({ path: path.join(OUT, 'review-01-marked.png') });
    marked = ids;

    // A reload: the document is fetched and checked again, the marks come back from the library.
    await page.reload();
    await ready(page);
    expect(await attr(page, 'data-marks')).toBe('3');
    for (const [i, id] of ids.entries())
      expect(await page.getAttribute(`.dl-finding[data-finding="${id}"] .dl-mark-tag`, 'data-mark')).toBe(kinds[i]);
    await selectFinding(page, `.dl-finding[data-finding="${ids[2]}"]`);
    expect(await page.inputValue(`.dl-finding[data-finding="${ids[2]}"] .dl-mark-note`)).toBe('已去电问询，待回复');
    await page.screenshot({ path: path.join(OUT, 'review-02-after-reload.png') });

    // A mark whose finding the check no longer reports (as after the document changed): orphaned.
    const docKey = (await attr(page, 'data-doc-key'))!;
    expect(docKey).toContain('|dept-budget|2026');
    await page.evaluate(
      (doc) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('dlens-marks');
          req.onsuccess = () => {
            const tx = req.result.transaction('marks', 'readwrite');
            tx.objectStore('marks').put({
              doc,
              key: 'N1|p99|1.00;2.00',
              kind: 'confirmed',
              date: '2026-12-01T00:00:00.000Z',
              rule: 'N1',
              message: 'a finding the document no longer has',
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      docKey,
    );
    await page.close();

    // A re-check in a new tab, from the site's link: same marks, plus the orphan named.
    const again = await open();
    expect(await attr(again, 'data-marks')).toBe('3');
    expect(await attr(again, 'data-orphans')).toBe('1');
    expect(await again.textContent('.dl-orphan')).toContain('a finding the document no longer has');
    await again.screenshot({ path: path.join(OUT, 'review-03-recheck-orphan.png') });

    // Every export carries the marks.
    const json = JSON.parse((await exported(again, '.dl-export button:nth-of-type(3)')).bytes.toString('utf8')) as CheckReport;
    const byId = new Map(json.findings.map((f) => [f.id, f]));
    expect(ids.map((id) => byId.get(id)?.mark?.kind)).toEqual([...kinds]);
    expect(byId.get(ids[2])?.mark?.note).toBe('已去电问询，待回复');
    expect(json.orphanedMarks?.map((m) => m.key)).toEqual(['N1|p99|1.00;2.00']);
    const csv = (await exported(again, '.dl-export button:nth-of-type(2)')).bytes.toString('utf8');
    expect(csv.split('\n')[0]).toContain('mark');
    expect(csv).toContain('已去电问询，待回复');
    const md = (await exported(again, '.dl-export button:nth-of-type(1)')).bytes.toString('utf8');
    for (const w of ['已核实', '误报', '已问询']) expect(md).toContain(w);

    // The marks file, read by the CLI: the same three findings get the same marks.
    const marksFile = await exported(again, '[data-export="marks"]');
    expect(marksFile.name).toBe('cc_xinfangju_2026_budget.marks.json');
    const file = JSON.parse(marksFile.bytes.toString('utf8'));
    expect(file.schema).toBe('dlens.marks/1');
    expect(file.marks).toHaveLength(4);
    const marksPath = path.join(OUT, marksFile.name);
    const cli = await promisify(execFile)(
      'node',
      [path.join(REPO, 'bin/dlens.mjs'), 'check', FILE, '--marks', marksPath, '--format', 'json'],
      {
        maxBuffer: 64 << 20,
      },
    ).catch((e: { stdout: string }) => e);
    const report = JSON.parse(cli.stdout) as CheckReport;
    const cliMarked = report.findings.filter((f) => f.mark);
    expect(cliMarked.map((f) => [f.id, f.mark!.kind])).toEqual(ids.map((id, i) => [id, kinds[i]]));
    expect(report.orphanedMarks).toHaveLength(1);
    await again.close();
  });

  it('tick and tie: a box dragged over the cells of two rows and a clicked total; the exact sum, the interval, kept as the reader’s own finding with its mark', async () => {
    const page = await open();
    await page.click('.dl-tab-ticktie');
    expect(await page.textContent('.dl-ticktie-empty')).toBeTruthy();
    await page.locator('.dl-page[data-page="8"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('.dl-page[data-page="8"] [data-pick-layer]');
    const a = cell('2080501');
    const b = cell('2080505');
    const total = cell('20805');
    expect([a.text, b.text, total.text]).toEqual(['72.62', '105.80', '178.42']);
    // Drag inside the 合计 column from the first row's cell to the second's.
    const from = await screenPoint(page, 8, a.bbox[0] + 8, a.bbox[1] + 4);
    const to = await screenPoint(page, 8, b.bbox[2] - 8, b.bbox[3] - 4);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2);
    await page.mouse.move(to.x, to.y);
    await page.mouse.up();
    await expect.poll(() => page.locator('[data-pick] .dl-ticktie-num').allTextContents()).toEqual(['72.62', '105.80']);
    // Click the total, then make it the total.
    const t = await screenPoint(page, 8, ...centre(total.bbox));
    await page.mouse.click(t.x, t.y);
    await expect.poll(() => page.locator('[data-pick]').count()).toBe(3);
    await page.click('[data-pick="2"] [data-action="total"]');
    await expect.poll(() => page.textContent('[data-sum]')).toBe('178.42 万元');
    expect(await page.textContent('[data-total]')).toContain('178.42');
    expect(await page.getAttribute('[data-verdict]', 'data-verdict')).toBe('pass');
    expect(await page.textContent('[data-interval]')).toMatch(/舍入区间/);
    expect(await page.locator('.dl-page[data-page="8"] .dl-picked').count()).toBe(3);
    await page.screenshot({ path: path.join(OUT, 'review-04-ticktie.png') });
    console.log(
      `[e2e review] tick and tie: ${await page.textContent('.dl-ticktie-verdict')} · ${await page.textContent('[data-interval]')}`,
    );

    const counts = () => Promise.all(['pass', 'rounding', 'fail', 'warn', 'unverifiable'].map((s) => attr(page, `data-count-${s}`)));
    const before = await counts();
    await page.click('[data-action="keep"]');
    await page.click('.dl-tab[data-tab="findings"]');
    await page.click('.dl-count.dl-s-pass'); // passes shown
    const own = '.dl-finding[data-finding="R1:1"]';
    await page.waitForSelector(own);
    await selectFinding(page, own);
    await page.click(`${own} .dl-mark-controls [data-kind="confirmed"]`);
    await expect.poll(() => attr(page, 'data-marks')).toBe('4');
    // Listed and marked, but not counted among the document's findings (the counts stay the CLI's).
    expect(await counts()).toEqual(before);
    await page.reload();
    await ready(page);
    await page.click('.dl-count.dl-s-pass');
    expect(await page.getAttribute(`${own} .dl-mark-tag`, 'data-mark')).toBe('confirmed');
    expect(await page.textContent(`${own} .dl-msg`)).toContain('178.42');
    await page.screenshot({ path: path.join(OUT, 'review-05-own-check-kept.png') });
    await page.close();
  });

  it('the annotated PDF: read back with pdf.js, one note per shown finding and one square per box; opened in the viewer', async () => {
    const page = await open();
    const json = JSON.parse((await exported(page, '.dl-export button:nth-of-type(3)')).bytes.toString('utf8')) as CheckReport;
    const pdf = await exported(page, '[data-export="annotated"]');
    expect(pdf.name).toBe('cc_xinfangju_2026_budget.annotated.pdf');
    const shown = annotatedFindings(json);
    const boxes = shown.reduce((n, f) => n + findingBoxes(f).length, 0);
    const { pdfjs, assets } = await loadPdfjsForNode();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf.bytes), ...assets, cMapPacked: true, verbosity: 0 }).promise;
    const counts = { Text: 0, Square: 0 };
    const notes: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of (await (await doc.getPage(n)).getAnnotations()) as { subtype: string; contentsObj?: { str: string } }[]) {
        if (a.subtype === 'Text' || a.subtype === 'Square') counts[a.subtype]++;
        if (a.subtype === 'Text') notes.push(a.contentsObj?.str ?? '');
      }
    }
    await doc.destroy();
    console.log(
      `[e2e review] annotated PDF: ${shown.length} findings with boxes → ${counts.Text} notes, ${counts.Square} squares (${boxes} boxes)`,
    );
    expect(shown.length).toBeGreaterThan(3);
    expect(counts).toEqual({ Text: shown.length, Square: boxes });
    // The marked findings' notes carry their mark (and the own check, kept in the last test, its sum).
    expect(notes.filter((s) => /标记: 已核实|标记：已核实|已核实 20/.test(s)).length).toBeGreaterThanOrEqual(2);
    expect(notes.some((s) => s.includes('178.42'))).toBe(true);

    // Opened in the viewer (pdf.js draws the squares on the canvas).
    const viewer = await ctx.newPage();
    await viewer.goto(`chrome-extension://${extId}/viewer.html`);
    await viewer.setInputFiles('input[type="file"]', { name: pdf.name, mimeType: 'application/pdf', buffer: pdf.bytes });
    await viewer.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: VIEWER_TIMEOUT_MS });
    await viewer.click('.dl-collapse'); // the panel closed: the page and its annotations alone
    await viewer.fill('.dl-page-input', '8');
    await viewer.press('.dl-page-input', 'Enter');
    await expect.poll(() => viewer.getAttribute('#dlens-viewer', 'data-page')).toBe('8');
    await expect.poll(() => viewer.getAttribute('.dl-page[data-page="8"]', 'data-rendered'), { timeout: 20_000 }).toBe('yes');
    // Only what pdf.js drew on the canvas (the copy's annotations), not the viewer's own boxes.
    await viewer.addStyleTag({ content: '.dl-layer { display: none !important; }' });
    await viewer.screenshot({ path: path.join(OUT, 'review-06-annotated-in-viewer.png') });
    await viewer.close();
    await page.close();
  });

  it('the memo: the confirmed findings with formula, numbers, page and a PNG crop of each', async () => {
    expect(marked.length).toBe(3);
    const page = await open();
    const memo = await exported(page, '[data-export="memo"]');
    expect(memo.name).toBe('cc_xinfangju_2026_budget.memo.md');
    const text = memo.bytes.toString('utf8');
    writeFileSync(path.join(OUT, 'memo.md'), text);
    // The first fail (confirmed in the first test) and the own check (confirmed in the second).
    const sections = text.split('\n## ').slice(1);
    expect(sections).toHaveLength(2);
    const crops = [...text.matchAll(/!\[[^\]]*\]\(data:image\/png;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1], 'base64'));
    expect(crops).toHaveLength(2);
    for (const [i, png] of crops.entries()) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThan(100); // width in pixels
      writeFileSync(path.join(OUT, `memo-crop-${i + 1}.png`), png);
    }
    // Asserted as booleans: a failure must not print the crops' data: URLs.
    expect(sections.map((x) => /- 算式: `[^`]+`/.test(x) && /- 数字: /.test(x) && /- 页码: 第\d+页/.test(x))).toEqual([true, true]);
    expect(sections[1].includes('72.62') && sections[1].includes('105.80') && sections[1].includes('178.42')).toBe(true);
    // The memo as a reader sees it, rendered (crops inline).
    const view = await ctx.newPage();
    const html = text
      .split('\n')
      .map((l) =>
        l.startsWith('![')
          ? `<img src="${/\((data:[^)]+)\)/.exec(l)![1]}" style="max-width:100%">`
          : `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
      )
      .join('');
    await view.setContent(`<meta charset="utf-8"><body style="font:13px sans-serif;width:900px">${html}</body>`);
    await view.screenshot({ path: path.join(OUT, 'review-07-memo.png'), fullPage: true });
    await view.close();
    await page.close();
  });
});

/** Polls `fn` until `ok` (Firefox over BiDi: a redirect detaches the frame, so no waitForSelector). */
const poll = <T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = VIEWER_TIMEOUT_MS) => pollFor(fn, ok, timeoutMs);

describe('the reviewer in Firefox ESR', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launchFirefox(server);
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
  });

  const viewer = (page: FirefoxPage, name: string) =>
    page.evaluate((n) => document.querySelector('#dlens-viewer')?.getAttribute(n) ?? null, name);

  it('a mark with its note survives a reload; the marks file carries it', async () => {
    const page = await ff.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    void page.goto(server.url(GOV_HOST, `/corpus/${DOC}`)).catch(() => {});
    expect(
      await poll(
        () => viewer(page, 'data-marks-state'),
        (v) => v === 'done',
      ),
    ).toBe('done');
    const id = (await page.evaluate(() => {
      const f = document.querySelector('.dl-finding.dl-s-fail')!;
      (f.querySelector('.dl-finding-head') as HTMLElement).click();
      return f.getAttribute('data-finding');
    }))!;
    const sel = `.dl-finding[data-finding="${id}"]`;
    await poll(
      () => page.evaluate((s) => !!document.querySelector(`${s} .dl-mark-controls`), sel),
      (v) => v === true,
      10_000,
    );
    await page.click(`${sel} .dl-mark-controls [data-kind="confirmed"]`);
    await page.waitForSelector(`${sel} .dl-mark-note`);
    await page.type(`${sel} .dl-mark-note`, '与财政局核对过');
    await page.keyboard.press('Enter');
    expect(
      await poll(
        () => viewer(page, 'data-marks'),
        (v) => v === '1',
        10_000,
      ),
    ).toBe('1');

    await page.reload().catch(() => {});
    expect(
      await poll(
        () => viewer(page, 'data-marks-state'),
        (v) => v === 'done',
      ),
    ).toBe('done');
    expect(await viewer(page, 'data-marks')).toBe('1');
    expect(await page.evaluate((s) => document.querySelector(`${s} .dl-mark-tag`)?.getAttribute('data-mark'), sel)).toBe('confirmed');
    await page.evaluate((s) => (document.querySelector(`${s} .dl-finding-head`) as HTMLElement).click(), sel);
    await poll(
      () => page.evaluate((s) => (document.querySelector(`${s} .dl-mark-note`) as HTMLInputElement | null)?.value, sel),
      (v) => !!v,
      10_000,
    );
    expect(await page.evaluate((s) => (document.querySelector(`${s} .dl-mark-note`) as HTMLInputElement).value, sel)).toBe(
      '与财政局核对过',
    );
    await page.screenshot({ path: path.join(OUT, 'review-08-firefox-mark-after-reload.png') });

    // What the marks-file button hands to the browser (the download itself is Firefox's dialog).
    const file = await page.evaluate(async () => {
      let href = '';
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        href = this.href;
      };
      (document.querySelector('[data-export="marks"]') as HTMLButtonElement).click();
      for (let i = 0; i < 50 && !href; i++) await new Promise((r) => setTimeout(r, 100));
      HTMLAnchorElement.prototype.click = click;
      return href ? await (await fetch(href)).text() : null;
    });
    const marks = JSON.parse(file!) as { schema: string; marks: { kind: string; note?: string }[] };
    expect(marks.schema).toBe('dlens.marks/1');
    expect(marks.marks.map((m) => [m.kind, m.note])).toEqual([['confirmed', '与财政局核对过']]);
    await page.close();
  });
});
