// The viewer as a reader (Chromium): the original file saved and printed byte for byte, go to page,
// thumbnails (lazy), outline, each zoom mode and the zoom keys, rotation, the view kept on reopen,
// find options; the finding boxes as targets, the "this page" filter, a link to one finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, GOV_HOST, launchChromium, shotsDir, startServer, type ExtensionBrowser, type LocalServer } from './harness';

/** 25 pages, fails on p. 21 (N4, Y1); no outline. */
const BUDGET = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
/** 21 pages with an outline of 5 top entries (长春市信访局…). */
const WITH_OUTLINE = 'cities-renwu/cc_xinfangju_2026_budget.pdf';
/** Writes DRG and DRGs, upper case only. */
const CASES = 'cities-renwu/xa_yibaoju_2022_budget.pdf';
const VIEWER_TIMEOUT_MS = 60_000;

let server: LocalServer;
let browser: ExtensionBrowser;
let ctx: BrowserContext;
let extId = '';
let shots = '';

beforeAll(async () => {
  shots = await shotsDir();
  server = await startServer();
  browser = await launchChromium({ profilePrefix: 'dlens-e2e-reader-', acceptDownloads: true });
  ({ ctx, extId } = browser);
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

async function open(rel: string, hash = ''): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url(GOV_HOST, `/corpus/${rel}${hash}`), { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html`), { timeout: 15_000 });
  await page.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: VIEWER_TIMEOUT_MS });
  // Some page, not necessarily the first: the viewer reopens a document where the reader left it.
  await page.waitForSelector('.dl-page[data-rendered="yes"]', { timeout: 20_000 });
  return page;
}

const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');
const attr = (page: Page, name: string) => page.getAttribute('#dlens-viewer', name);
const pageBox = (page: Page, n: number) => page.$eval(`.dl-page[data-page="${n}"]`, (el) => el.getBoundingClientRect().toJSON() as DOMRect);

describe('viewer as a reader (Chromium)', () => {
  it('saves the original bytes under the file’s own name, from the button and with Ctrl+S; prints the original', async () => {
    const page = await open(BUDGET);
    const original = sha256(readFileSync(path.join(CORPUS, BUDGET)));
    const fromButton = page.waitForEvent('download');
    await page.click('button.dl-save');
    const dl = await fromButton;
    expect(dl.suggestedFilename()).toBe('gz_xinfangju_2026_budget.pdf');
    expect(sha256(readFileSync(await dl.path()))).toBe(original);
    const fromKey = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    expect(sha256(readFileSync(await (await fromKey).path()))).toBe(original);
    // Print: the original (same bytes) goes to the browser's PDF viewer in a frame, which is printed.
    // Headless Chromium's renderer crashes when print() reaches that plugin frame, so the test keeps
    // the frame from loading and checks what it would have shown.
    await page.evaluate(() => {
      const append = document.body.append.bind(document.body);
      document.body.append = (...nodes: (Node | string)[]) => {
        const frame = nodes.find((n): n is HTMLIFrameElement => n instanceof HTMLIFrameElement && 'printOriginal' in n.dataset);
        if (!frame) return append(...nodes);
        (window as any).__printed = { src: frame.src, hasOnload: typeof frame.onload === 'function' };
      };
    });
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.evaluate(() => (window as any).__printed ?? null)).not.toBeNull();
    const printed = await page.evaluate(() => (window as any).__printed as { src: string; hasOnload: boolean });
    expect(printed.src).toMatch(/^blob:/);
    expect(printed.hasOnload).toBe(true);
    const bytes = await page.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer())], printed.src);
    expect(sha256(Uint8Array.from(bytes))).toBe(original);
    // The way back to the browser's own viewer, and the address shown for copying.
    expect(await page.getAttribute('a.dl-open-browser', 'href')).toBe(server.url(GOV_HOST, `/corpus/${BUDGET}?dlens-skip=1`));
    expect(await page.textContent('.dl-source-url')).toBe(server.url(GOV_HOST, `/corpus/${BUDGET}`));
    await page.close();
  });

  it('go to page, thumbnails drawn only in view, each zoom mode, zoom keys, rotation; the view is kept on reopen', async () => {
    const page = await open(BUDGET);
    expect(await page.textContent('.dl-page-count')).toBe('/ 25');
    await page.fill('.dl-page-input', '12');
    await page.press('.dl-page-input', 'Enter');
    await expect.poll(() => attr(page, 'data-page')).toBe('12');
    await expect.poll(() => page.getAttribute('.dl-page[data-page="12"]', 'data-rendered'), { timeout: 15_000 }).toBe('yes');

    // Thumbnails: closed by default (nothing drawn); opened, the first ones draw, the far ones wait.
    expect(await page.locator('.dl-thumb').count()).toBe(0);
    await page.click('.dl-sidebar-toggle');
    await expect.poll(() => page.locator('.dl-thumb').count()).toBe(25);
    await page.locator('.dl-thumb[data-thumb="12"]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getAttribute('.dl-thumb[data-thumb="12"] canvas', 'data-drawn'), { timeout: 15_000 }).toBe('yes');
    await page.locator('.dl-thumb[data-thumb="1"]').scrollIntoViewIfNeeded();
    expect(await page.getAttribute('.dl-thumb[data-thumb="25"] canvas', 'data-drawn')).toBe('no');
    await page.click('.dl-thumb[data-thumb="20"]');
    await expect.poll(() => attr(page, 'data-page')).toBe('20');
    await page.screenshot({ path: path.join(shots, 'reader-01-thumbnails.png') });

    const room = await page.$eval('.dl-pages', (el) => ({ w: el.clientWidth, h: el.clientHeight }));
    await page.selectOption('.dl-zoom-mode', 'page-fit');
    await expect.poll(async () => (await pageBox(page, 20)).height).toBeLessThanOrEqual(room.h);
    await page.selectOption('.dl-zoom-mode', 'page-width');
    await expect.poll(async () => Math.round((await pageBox(page, 20)).width)).toBe(room.w - 32);
    await page.selectOption('.dl-zoom-mode', 'actual');
    await expect.poll(() => attr(page, 'data-scale')).toBe('1');
    await page.fill('.dl-zoom-pct', '150');
    await page.press('.dl-zoom-pct', 'Enter');
    await expect.poll(() => attr(page, 'data-scale')).toBe('1.5');
    await page.click('.dl-pages');
    await page.keyboard.press('Control+=');
    await expect.poll(() => attr(page, 'data-scale')).toBe('1.75');
    await page.keyboard.press('Control+-');
    await expect.poll(() => attr(page, 'data-scale')).toBe('1.5');
    await page.mouse.move(500, 500);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(() => attr(page, 'data-scale')).toBe('1.75');
    await page.keyboard.press('Control+0');
    await expect.poll(async () => Number(await attr(page, 'data-scale'))).not.toBe(1.75);
    expect(await page.inputValue('.dl-zoom-mode')).toBe('auto');
    // The zoom changes kept the reader on their page.
    expect(Number(await attr(page, 'data-page'))).toBeGreaterThanOrEqual(19);

    const upright = await pageBox(page, 20);
    await page.click('button.dl-rotate');
    await expect.poll(() => page.getAttribute('.dl-page[data-page="20"]', 'data-rotation')).toBe('90');
    const turned = await pageBox(page, 20);
    expect(turned.width / turned.height).toBeCloseTo(upright.height / upright.width, 1);
    await page.click('button.dl-rotate');
    await page.click('button.dl-rotate');
    await page.click('button.dl-rotate');
    await page.selectOption('.dl-zoom-mode', '1.25');
    await page.fill('.dl-page-input', '7');
    await page.press('.dl-page-input', 'Enter');
    await expect.poll(() => attr(page, 'data-page')).toBe('7');
    await page.close();

    const again = await open(BUDGET);
    await expect.poll(() => attr(again, 'data-scale')).toBe('1.25');
    await expect.poll(() => attr(again, 'data-page')).toBe('7');
    await again.close();
  });

  it('the outline of a document that has one takes the reader to its page', async () => {
    const page = await open(WITH_OUTLINE);
    await page.click('.dl-sidebar-toggle');
    await page.click('.dl-tab-outline');
    const items = page.locator('.dl-outline-item');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(5);
    const last = items.last();
    const title = await last.textContent();
    await last.click();
    await expect.poll(async () => Number(await attr(page, 'data-page'))).toBeGreaterThan(1);
    console.log(`[e2e] outline: ${await items.count()} entries, "${title}" → p. ${await attr(page, 'data-page')}`);
    await page.screenshot({ path: path.join(shots, 'reader-02-outline.png') });
    await page.close();
  });

  it('find: match case and whole word narrow the hits; a phrase with “” is found with straight quotes', async () => {
    const page = await open(BUDGET);
    const count = async () => {
      await page.waitForTimeout(400); // the find is debounced
      return (await page.textContent('.dl-find-count')) ?? '';
    };
    await page.fill('input[type="search"]', '"三公"经费');
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^1\/\d+/);
    // "0.00" is inside 10.00 and 120.00 too; as a whole word only the cells that print 0.00.
    await page.fill('input[type="search"]', '0.00');
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^1\/\d+/);
    const all = Number(/\/(\d+)/.exec(await count())![1]);
    await page.click('.dl-find-wholeWord');
    const hits = async () => Number(/\/(\d+)/.exec(await count())?.[1] ?? 0);
    await expect.poll(hits, { timeout: 10_000 }).toBeLessThan(all);
    expect(await hits()).toBeGreaterThan(0);
    console.log(`[e2e] find "0.00": ${all} hits; whole word: ${await hits()}`);
    await page.close();

    // Latin letters: this budget writes DRG and DRGs, never drg.
    const xa = await open(CASES);
    const settled = async (q: string) => {
      await xa.fill('input[type="search"]', q);
      let last = '';
      for (;;) {
        await xa.waitForTimeout(1000); // the find is debounced; settled when two reads agree
        const now = (await xa.textContent('.dl-find-count')) ?? '';
        if (now && now === last) return Number(/\/(\d+)/.exec(now)?.[1] ?? /\d+/.exec(now)?.[0] ?? 0);
        last = now;
      }
    };
    const anyCase = await settled('drg');
    await xa.click('.dl-find-wholeWord');
    const wholeDrg = await settled('drg');
    await xa.click('.dl-find-matchCase');
    const exact = await settled('drg');
    console.log(`[e2e] find "drg": ${anyCase} hits; whole word ${wholeDrg}; matching case ${exact}, "DRG" ${await settled('DRG')}`);
    expect(anyCase).toBeGreaterThan(wholeDrg);
    expect(wholeDrg).toBeGreaterThan(0);
    expect(exact).toBe(0);
    expect(await settled('DRG')).toBe(wholeDrg);
    await xa.close();
  });

  it('the first finding box: hover names it, a click anywhere in the box selects it; "this page" filters; its link reopens at it', async () => {
    const page = await open(BUDGET);
    const box = page.locator('.dl-box:not(.dl-yoy-mark)').first();
    await box.scrollIntoViewIfNeeded();
    const id = (await box.getAttribute('data-finding'))!;
    expect(await box.getAttribute('title')).toMatch(/^\S+ · [A-Z]\d+: /);
    const r = (await box.boundingBox())!;
    // Click the box's far right end, away from its label.
    await page.mouse.click(r.x + r.width - 3, r.y + r.height / 2);
    await expect.poll(() => page.getAttribute('.dl-finding.dl-selected', 'data-finding')).toBe(id);
    await page.screenshot({ path: path.join(shots, 'reader-03-box-selected.png') });

    const onPage = Number(await attr(page, 'data-page'));
    const before = await page.locator('.dl-finding').count();
    await page.check('.dl-this-page input');
    await expect.poll(() => page.locator('.dl-finding').count()).toBeLessThan(before);
    expect(await page.locator(`.dl-finding[data-finding="${id}"]`).count()).toBe(1);
    expect(await page.textContent('.dl-this-page')).toContain(String(onPage));
    await page.uncheck('.dl-this-page input');

    const link = (await page.getAttribute(`.dl-finding[data-finding="${id}"] .dl-finding-link`, 'href'))!;
    // The document's own address with the finding in its fragment: it works in any browser.
    expect(link).toBe(`${server.url(GOV_HOST, `/corpus/${BUDGET}`)}#dlens-finding=${encodeURIComponent(id)}`);
    // A colleague with the extension: a browser of their own (another profile, another extension address).
    const colleague = await launchChromium({ profilePrefix: 'dlens-e2e-colleague-' });
    const shared = await colleague.ctx.newPage();
    await shared.goto(link, { waitUntil: 'commit' }).catch(() => {});
    await shared.waitForURL((u) => u.href.startsWith(`chrome-extension://${colleague.extId}/viewer.html`), { timeout: 15_000 });
    await shared.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: VIEWER_TIMEOUT_MS });
    await expect.poll(() => shared.getAttribute('.dl-finding.dl-selected', 'data-finding'), { timeout: 10_000 }).toBe(id);
    await expect.poll(() => attr(shared, 'data-page')).toBe(String(onPage));
    await shared.screenshot({ path: path.join(shots, 'reader-04-shared-finding-link.png') });
    await colleague.close();
    await page.close();
  });
});
