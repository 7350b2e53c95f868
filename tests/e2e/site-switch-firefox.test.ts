// The per-site switch in Firefox ESR, where the interception is a blocking webRequest listener
// (not DNR): switched off in the viewer, a PDF of that site is left to Firefox; undone on the
// library page, it is intercepted again. Same setup as firefox.test.ts (the server is the proxy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import path from 'node:path';
import { GOV_HOST, launchFirefox, poll, shotsDir, startServer, type LocalServer } from './harness';

const FIRST = 'jiangsu-open-budget/js_rendaban_2017_budget.pdf';
const SECOND = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
const VIEWER = /^moz-extension:\/\/[^/]+\/viewer\.html/;

let server: LocalServer;
let browser: Browser;
let shots = '';

beforeAll(async () => {
  shots = await shotsDir();
  server = await startServer();
  browser = await launchFirefox(server);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

/** A fresh tab sent to a PDF of the government host; where it is after the interception had its chance. */
async function landing(rel: string, wantViewer: boolean): Promise<{ page: Page; href: string }> {
  const page = await browser.newPage();
  void page.goto(server.url(GOV_HOST, `/corpus/${rel}`)).catch(() => {});
  const href = await poll(
    () => page.evaluate(() => location.href),
    (h) => (wantViewer ? VIEWER.test(h ?? '') : !!h && h.startsWith('http')),
    15_000,
  );
  if (!wantViewer) await new Promise((r) => setTimeout(r, 3000)); // a late redirect would show now
  return { page, href: await page.evaluate(() => location.href).catch(() => href) };
}

describe('per-site switch (Firefox ESR)', () => {
  it('switched off in the viewer, the site’s PDFs stay with Firefox; undone on the library page, they are intercepted again', async () => {
    const { page: viewer, href } = await landing(FIRST, true);
    expect(href).toMatch(VIEWER);
    const button = await poll(
      () => viewer.$('.dl-site-switch'),
      (b) => !!b,
      60_000,
    );
    expect(await viewer.$eval('.dl-site-switch', (b) => b.getAttribute('data-site'))).toBe(GOV_HOST);
    expect(button).not.toBeNull();
    await button!.click();
    await poll(
      () => viewer.$('.dl-site-off'),
      (el) => !!el,
      5_000,
    );
    expect(await viewer.$('.dl-site-off')).not.toBeNull();
    const origin = href.replace(/\/viewer\.html.*$/, ''); // Node's URL gives no origin for moz-extension:

    const off = await landing(SECOND, false);
    expect(off.href).toBe(server.url(GOV_HOST, `/corpus/${SECOND}`));
    await off.page.screenshot({ path: path.join(shots, '77-firefox-site-off.png') });
    await off.page.close();

    // WebDriver BiDi may not navigate to an extension page: the viewer's own tab goes there.
    const lib = viewer;
    void lib.evaluate((u) => void (location.href = u), `${origin}/library.html`).catch(() => {});
    const restore = await poll(
      () => lib.$(`.dl-lib-sites li[data-site="${GOV_HOST}"] .dl-site-restore`),
      (b) => !!b,
      10_000,
    );
    expect(restore).not.toBeNull();
    await restore!.click();
    const left = await poll(
      () => lib.$eval('.dl-lib-sites', (s) => s.getAttribute('data-sites-off')),
      (n) => n === '0',
      5_000,
    );
    expect(left).toBe('0');
    await lib.close();

    const on = await landing(SECOND, true);
    expect(on.href).toMatch(VIEWER);
    await on.page.close();
  });
});
