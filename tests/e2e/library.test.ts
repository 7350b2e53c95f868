// Issue 20 in Chromium: the page overlay's year-over-year tab (a disclosure page paired with last
// year's page from the library, its C-findings in the list); the library page's search, filters,
// sort and file-name column over documents really checked in the viewer and the overlay, and the
// year-over-year rows linking to the prior's page; the per-site "don't open PDFs from this site"
// switch stopping the interception, and its undo on the library page restoring it.
// The corpora hold no earlier year of the two web pages: their priors are copies moved one year
// back (tests/support/page-priors.ts). One browser profile: each test builds on the library before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CORPUS,
  GEN_DIR,
  GOV_HOST,
  SAMPLE_HTML,
  SHARED,
  cliWithPrior,
  launchChromium,
  shotsDir,
  startServer,
  type ExtensionBrowser,
  type LocalServer,
} from './harness';
import { overlayOf } from './closed-shadow';
import { priorCopyOfSample, priorCopyOfW77, W77 } from '../support/page-priors';

const PRIOR_PDF = 'jiangsu-open-budget/js_rendaban_2017_budget.pdf';
const CURRENT_PDF = 'jiangsu-open-budget/js_rendaban_2018_budget.pdf';
const WITH_FAILS = 'putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf'; // 3 fails in the CLI
const FINAL = 'putuo-govbudgetchecker/putuo_caizhengju_2024_final.pdf';
const VIEWER_TIMEOUT_MS = 60_000;

let server: LocalServer;
let browser: ExtensionBrowser;
let ctx: BrowserContext;
let extId = '';
let shots = '';

beforeAll(async () => {
  shots = await shotsDir();
  const sample = readFileSync(SAMPLE_HTML, 'utf8');
  writeFileSync(path.join(GEN_DIR, 'sample-2024.html'), priorCopyOfSample(sample));
  const w77 = readFileSync(path.join(SHARED, 'corpus/wide', W77), 'utf8');
  writeFileSync(path.join(GEN_DIR, 'w77.html'), w77);
  writeFileSync(path.join(GEN_DIR, 'w77-2014.html'), priorCopyOfW77(w77));
  server = await startServer();
  browser = await launchChromium({ profilePrefix: 'dlens-library-' });
  ({ ctx, extId } = browser);
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

const viewerPrefix = () => `chrome-extension://${extId}/viewer.html`;

/** A page on the government host, once the overlay has handed it to the library. */
async function overlayStored(p: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url(GOV_HOST, p), { waitUntil: 'load' });
  await expect.poll(() => page.getAttribute('dlens-overlay', 'data-library'), { timeout: 30_000 }).toBe('stored');
  return page;
}

async function openPdf(rel: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url(GOV_HOST, `/corpus/${rel}`), { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(viewerPrefix()), { timeout: 15_000 });
  await page.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: VIEWER_TIMEOUT_MS });
  // Stored in the library: the year-over-year tab has looked for a prior.
  await page.waitForSelector('.dl-tab-yoy:not([data-yoy-state="working"]):not([data-yoy-state="idle"])', { timeout: 30_000 });
  return page;
}

describe('the page overlay’s year-over-year tab (Chromium)', () => {
  it('the sample page, with its 2024 copy in the library: aligned rows, C-findings in the list as `check --prior` gives them', async () => {
    (await overlayStored('/gen/sample-2024.html')).close();
    const page = await overlayStored('/sample/sample-budget.html');
    const scope = overlayOf(page);
    const tab = scope.locator('.dl-tab-yoy');
    await expect.poll(() => tab.getAttribute('data-yoy-state'), { timeout: 20_000 }).toBe('done');
    const cli = await cliWithPrior(SAMPLE_HTML, path.join(GEN_DIR, 'sample-2024.html'));
    expect(cli).not.toBeNull();
    expect(cli!.c).toEqual({ 'C1:pass': 1, 'C1:unverifiable': 4 });
    expect(JSON.parse((await tab.getAttribute('data-yoy-counts'))!)).toEqual(cli!.c);
    // The findings list counts the page's own findings and the cross-year ones, as `check --prior` does.
    const counts = await scope.locator('.dl-count strong').allTextContents();
    expect(counts.map(Number)).toEqual([
      cli!.summary.pass,
      cli!.summary.rounding,
      cli!.summary.fail,
      cli!.summary.warn,
      cli!.summary.unverifiable,
    ]);
    const c1 = scope.locator('.dl-finding', { hasText: '机关运行经费' });
    expect(await c1.count()).toBeGreaterThan(0);

    await tab.click();
    await expect.poll(() => scope.locator('.dl-yoy-row').count()).toBe(Number(await tab.getAttribute('data-yoy-rows')));
    expect(Number(await tab.getAttribute('data-yoy-rows'))).toBeGreaterThan(100);
    expect(await scope.locator('.dl-yoy-head').textContent()).toContain(GOV_HOST);
    await page.screenshot({ path: path.join(shots, '70-overlay-yoy-sample.png') });
    // In English: the tab and its rows in English, the counts unchanged (C-findings worded in English).
    await scope.locator('.dl-side-head button', { hasText: 'English' }).click();
    await expect.poll(() => scope.locator('.dl-overlay').getAttribute('data-lang')).toBe('en');
    expect(await tab.textContent()).toMatch(/^Year over year \(\d+\)$/);
    expect(await scope.locator('.dl-yoy-head').textContent()).toContain('lines aligned, 5 cross-year checks');
    await scope.locator('.dl-tab', { hasText: 'Findings' }).click();
    const countsEn = await scope.locator('.dl-count strong').allTextContents();
    expect(countsEn).toEqual(counts);
    const c1En = (await scope.locator('.dl-finding', { hasText: 'C1' }).allTextContents()).join('\n');
    expect(c1En).toMatch(/C1/);
    expect(c1En).not.toMatch(/上年文件|无法推算|找不到/);
    await scope.locator('.dl-side-head button', { hasText: '中文' }).click();
    await tab.click();

    // A row's number on this page: scrolled to and outlined.
    await scope.locator('.dl-yoy-go').first().click();
    // Its page in last year's document: opened (a web page at its address) by the background.
    const opened = ctx.waitForEvent('page');
    await scope.locator('.dl-yoy-prior-page').first().click();
    const prior = await opened;
    await prior.waitForURL((u) => u.protocol === 'http:', { timeout: 10_000 });
    expect(prior.url()).toBe(server.url(GOV_HOST, '/gen/sample-2024.html'));
    await prior.close();
    await page.close();
  });

  it('the real HTML disclosure w77, with its 2014 copy in the library: paired, nothing to align (its tables are an attachment)', async () => {
    (await overlayStored('/gen/w77-2014.html')).close();
    const page = await overlayStored('/gen/w77.html');
    const scope = overlayOf(page);
    const tab = scope.locator('.dl-tab-yoy');
    await expect.poll(() => tab.getAttribute('data-yoy-state'), { timeout: 20_000 }).toBe('done');
    expect(await tab.getAttribute('data-yoy-rows')).toBe('0');
    expect(await tab.getAttribute('data-yoy-findings')).toBe('0');
    const cli = await cliWithPrior(path.join(GEN_DIR, 'w77.html'), path.join(GEN_DIR, 'w77-2014.html'));
    expect(cli!.c).toEqual({});
    if ((await scope.locator('.dl-side').count()) === 0) await scope.locator('.dl-fab').click();
    await tab.click();
    const head = (await scope.locator('.dl-yoy-head').textContent()) ?? '';
    expect(head).toContain('2014');
    expect(head).toContain('郑州市国土资源局');
    expect(head).toContain('对齐 0 行，跨年核对 0 条');
    await page.screenshot({ path: path.join(shots, '71-overlay-yoy-w77.png') });
    await page.close();
  });
});

describe('the library page (Chromium)', () => {
  it('a year-over-year row of the viewer links to its page in the prior document', async () => {
    (await openPdf(PRIOR_PDF)).close();
    const page = await openPdf(CURRENT_PDF);
    await page.locator('.dl-tab-yoy').click();
    const link = page.locator('a.dl-yoy-prior-page').first();
    const priorPage = Number(await link.getAttribute('data-prior-page'));
    expect(priorPage).toBeGreaterThan(1);
    const href = (await link.getAttribute('href'))!;
    // The viewer at its address for pages (Chromium's per-session dynamic origin), with the launch key.
    const u = new URL(href);
    expect([u.protocol, u.pathname, u.searchParams.get('file'), u.hash]).toEqual([
      'chrome-extension:',
      '/viewer.html',
      server.url(GOV_HOST, `/corpus/${PRIOR_PDF}`),
      `#page=${priorPage}`,
    ]);
    expect(u.searchParams.get('k')).toMatch(/^[\w-]{20,}$/);
    const opened = ctx.waitForEvent('page');
    await link.click();
    const prior = await opened;
    // Opened by the extension's own link (the launch key): loads without asking, at that page.
    await prior.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: VIEWER_TIMEOUT_MS });
    // That page is drawn, with its top at the top of the view.
    const at = `.dl-page[data-page="${priorPage}"]`;
    await expect.poll(() => prior.getAttribute(at, 'data-rendered'), { timeout: 15_000 }).toBe('yes');
    const offset = await prior.$eval(at, (el) => {
      const scroller = el.closest('.dl-pages')!;
      return el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    });
    expect(Math.abs(offset)).toBeLessThan(60);
    await prior.screenshot({ path: path.join(shots, '72-yoy-prior-page.png') });
    await prior.close();
    await page.close();
  });

  it('search, filters (department, year, kind, has fails, has marks) and sort over the stored documents', async () => {
    (await openPdf(WITH_FAILS)).close();
    (await openPdf(FINAL)).close();
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${extId}/library.html`);
    await page.waitForSelector('.dl-library[data-entries]');
    const root = '.dl-library';
    const shown = async () => Number(await page.getAttribute(root, 'data-shown'));
    const rows = page.locator('tbody tr');
    const attrs = (name: string) => rows.evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);
    // Two web pages and their copies, four PDFs.
    expect(Number(await page.getAttribute(root, 'data-entries'))).toBe(8);
    expect(await shown()).toBe(8);
    const allFails = (await attrs('data-fails')).map(Number);

    // The file-name column next to the address.
    const sifaju = rows.filter({ has: page.locator('.dl-lib-file', { hasText: 'putuo_sifaju' }) });
    expect(await sifaju.locator('.dl-lib-file').textContent()).toBe('putuo_sifaju_2026_dept_budget.pdf');
    expect(await sifaju.locator('.dl-lib-source').textContent()).toBe(server.url(GOV_HOST, `/corpus/${WITH_FAILS}`));

    const search = page.locator('.dl-lib-search');
    await search.fill('人大');
    await expect.poll(shown).toBe(2);
    expect(await attrs('data-year')).toEqual(['2018', '2017']);
    await search.fill('sifaju');
    await expect.poll(shown).toBe(1);
    await search.fill('郑州 2014');
    await expect.poll(shown).toBe(1);
    await search.fill('');
    await expect.poll(shown).toBe(8);

    await page.selectOption('.dl-lib-dept', '江苏省人大常委会办公厅');
    await expect.poll(shown).toBe(2);
    await page.selectOption('.dl-lib-dept', '');
    await page.selectOption('.dl-lib-year', '2024');
    await expect.poll(shown).toBe(2); // the final account and the sample's 2024 copy
    expect(new Set(await attrs('data-year'))).toEqual(new Set(['2024']));
    await page.selectOption('.dl-lib-kind', 'dept-final');
    await expect.poll(shown).toBe(1);
    expect(await rows.first().locator('td').first().textContent()).toBe('上海市普陀区财政局');
    await page.selectOption('.dl-lib-year', '');
    await page.selectOption('.dl-lib-kind', '');

    await page.locator('.dl-lib-fails').check();
    const withFails = allFails.filter((n) => n > 0).length;
    expect(withFails).toBeGreaterThan(0);
    await expect.poll(shown).toBe(withFails);
    expect((await attrs('data-fails')).every((n) => Number(n) > 0)).toBe(true);
    expect(await rows.filter({ has: page.locator('.dl-lib-file', { hasText: 'putuo_sifaju' }) }).count()).toBe(1);
    await page.screenshot({ path: path.join(shots, '73-library-has-fails.png'), fullPage: true });
    await page.locator('.dl-lib-fails').uncheck();

    // Sort: by fails (most first), by year (newest first).
    await page.selectOption('.dl-lib-sort', 'fails');
    await expect.poll(async () => (await attrs('data-fails')).map(Number)).toEqual([...allFails].sort((a, b) => b - a));
    await page.selectOption('.dl-lib-sort', 'year');
    const years = (await attrs('data-year')).map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years[0]).toBe(2026);

    // A mark on one finding of the 2018 budget (as the viewer's review controls store it): "has marks".
    const key = await rows
      .filter({ has: page.locator('.dl-lib-file', { hasText: 'js_rendaban_2018_budget.pdf' }) })
      .getAttribute('data-key');
    await page.evaluate(
      (doc) =>
        new Promise<void>((resolve, reject) => {
          // At whatever version the extension's marks-db has made it (components/library/marks-db.ts).
          const req = indexedDB.open('dlens-marks');
          req.onupgradeneeded = () => {
            if (!req.result.objectStoreNames.contains('marks'))
              req.result.createObjectStore('marks', { keyPath: ['doc', 'key'] }).createIndex('doc', 'doc');
          };
          req.onsuccess = () => {
            const tx = req.result.transaction('marks', 'readwrite');
            tx.objectStore('marks').put({ doc, key: 'W1|test', kind: 'confirmed', date: new Date().toISOString(), rule: 'W1' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      key!,
    );
    await page.reload();
    await page.waitForSelector('.dl-library[data-entries]');
    await page.locator('.dl-lib-marks').check();
    await expect.poll(shown).toBe(1);
    expect(await rows.first().getAttribute('data-key')).toBe(key);
    expect(await rows.first().locator('.dl-lib-marks-n').textContent()).toBe('1 个标记');
    await page.locator('.dl-lib-marks').uncheck();
    await page.selectOption('.dl-lib-sort', 'department');
    // A kind is found by its name: 决算 is the one final account, 预算 the seven budgets.
    await search.fill('决算');
    await expect.poll(shown).toBe(1);
    await search.fill('预算');
    await expect.poll(shown).toBe(7);
    await page.screenshot({ path: path.join(shots, '74-library-search.png'), fullPage: true });
    // In English: the same controls, named in English.
    await page.locator('.dl-library .dl-lang').click();
    await expect.poll(() => page.getAttribute('.dl-lib-search', 'aria-label')).toBe('Search');
    expect(await page.getAttribute('.dl-lib-fails', 'class')).toBe('dl-lib-fails');
    expect(await page.locator('.dl-lib-shown').textContent()).toBe('7 of 8 documents shown');
    expect(await page.locator('thead th').allTextContents()).toContain('File name');
    await page.screenshot({ path: path.join(shots, '74b-library-en.png'), fullPage: true });
    // Back to Chinese (the language is one setting for the viewer and the library).
    await page.locator('.dl-library .dl-lang').click();
    await expect.poll(() => page.getAttribute('.dl-lib-search', 'aria-label')).toBe('搜索');
    await page.close();
  });
});

describe('the per-site switch (Chromium)', () => {
  const SECOND_PDF = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
  const sitesOff = () =>
    browser.sw.evaluate(
      async () => ((await (globalThis as any).chrome.storage.local.get('dlens.sites.pdfOff'))['dlens.sites.pdfOff'] ?? []) as string[],
    );
  const siteRule = () =>
    browser.sw.evaluate(async () =>
      ((await (globalThis as any).chrome.declarativeNetRequest.getDynamicRules()) as { id: number }[]).some((r) => r.id === 4),
    );

  /** Navigates a fresh tab to a PDF of the government host; returns where it ended up after a while. */
  async function landing(rel: string): Promise<{ page: Page; url: string }> {
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, `/corpus/${rel}`), { waitUntil: 'commit' }).catch(() => {});
    // Long enough for the interception, or the fallback detector, to have sent it to the viewer.
    await page.waitForTimeout(4000);
    return { page, url: page.url() };
  }

  it('stops the interception for that site; a script’s click does not; undo on the library page restores it', async () => {
    const viewer = await openPdf(PRIOR_PDF);
    const button = viewer.locator('.dl-site-switch');
    expect(await button.getAttribute('data-site')).toBe(GOV_HOST);
    expect(await button.getAttribute('aria-label')).toBe('不再用本插件打开此网站的 PDF');
    // A script's click (untrusted) changes nothing.
    await button.evaluate((b) => (b as HTMLButtonElement).click());
    await viewer.waitForTimeout(500);
    expect(await sitesOff()).toEqual([]);
    // The reader's click, by keyboard.
    await button.focus();
    await viewer.keyboard.press('Enter');
    await expect.poll(sitesOff).toEqual([GOV_HOST]);
    await expect.poll(siteRule).toBe(true);
    await viewer.waitForSelector('.dl-site-off');
    await viewer.screenshot({ path: path.join(shots, '75-site-switch-off.png') });
    await viewer.close();

    const off = await landing(SECOND_PDF);
    expect(off.url).toBe(server.url(GOV_HOST, `/corpus/${SECOND_PDF}`));
    const name = encodeURIComponent(SECOND_PDF.split('/').pop()!);
    expect(ctx.pages().filter((p) => p.url().startsWith(viewerPrefix()) && p.url().includes(name)).length).toBe(0);
    await off.page.close();

    const lib = await ctx.newPage();
    await lib.goto(`chrome-extension://${extId}/library.html`);
    const item = lib.locator(`.dl-lib-sites li[data-site="${GOV_HOST}"]`);
    await item.waitFor();
    await lib.locator('.dl-lib-sites').scrollIntoViewIfNeeded();
    await lib.screenshot({ path: path.join(shots, '76-library-sites-off.png'), fullPage: true });
    await item.locator('.dl-site-restore').click();
    await expect.poll(sitesOff).toEqual([]);
    await expect.poll(siteRule).toBe(false);
    expect(await lib.getAttribute('.dl-lib-sites', 'data-sites-off')).toBe('0');
    await lib.close();

    const on = await landing(SECOND_PDF);
    expect(on.url.startsWith(viewerPrefix())).toBe(true);
    await on.page.close();
  });
});
