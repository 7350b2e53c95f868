// Issue 20, the page overlay: a disclosure published as a web article (wide corpus w77, a real
// page: the 情况说明 as text, its tables as an attachment) gets the overlay with `dlens check`'s
// counts and a badge on its attachment; and the panel never covers the page's text at 1024, 1440
// and 1920 px — open it docks beside the page (which reflows), collapsed it is a slim bar.
// Asserted on element geometry: no rectangle of the page's text meets the panel's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import {
  GEN_DIR,
  GOV_HOST,
  SHARED,
  cliSummary,
  launchChromium,
  readCounts,
  shotsDir,
  startServer,
  type ExtensionBrowser,
  type LocalServer,
} from './harness';
import { overlayOf } from './closed-shadow';
import { pageTextUnder } from './page-text-under';

const W77 = path.join(SHARED, 'corpus/wide/w77_郑州_2015年郑州市国土资源局部门预算公开情况说明.html');
const WIDTHS = [1024, 1440, 1920];

let server: LocalServer;
let browser: ExtensionBrowser;
let ctx: BrowserContext;
let shots = '';

beforeAll(async () => {
  shots = await shotsDir();
  copyFileSync(W77, path.join(GEN_DIR, 'w77.html'));
  server = await startServer();
  browser = await launchChromium({ profilePrefix: 'dlens-layout-', width: 1440, waitForRules: false });
  ctx = browser.ctx;
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

async function openAt(width: number, p: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url(GOV_HOST, p), { waitUntil: 'load' });
  await page.waitForSelector('dlens-overlay[data-state]', { state: 'attached', timeout: 20_000 });
  return page;
}

/** The docked part of the overlay (open panel or slim bar), as [left, top, right, bottom]. */
async function dockRect(page: Page): Promise<number[]> {
  const scope = overlayOf(page);
  const sel = (await scope.locator('.dl-side').count()) ? '.dl-side' : '.dl-fab';
  return scope.locator(sel).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  });
}

/** Rectangles of the page's own visible text (not the overlay's) that meet `rect`, at the current scroll. */
function textUnder(page: Page, rect: number[]): Promise<string[]> {
  return page.evaluate(pageTextUnder, rect);
}

describe('page overlay on a disclosure published as an article (Chromium)', () => {
  it('w77 gets the overlay with the CLI’s counts, and a badge on its attachment', async () => {
    const page = await openAt(1440, '/gen/w77.html');
    const host = page.locator('dlens-overlay');
    const attrs = await host.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    expect(attrs['data-state']).toBe('done');
    const cli = await cliSummary(W77);
    expect(cli).not.toBeNull();
    expect(readCounts(attrs)).toEqual(cli);
    expect(await page.locator('[data-dlens-badge]').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: path.join(shots, '60-overlay-article-w77.png') });
    await page.close();
  });
});

describe('the panel never covers the page’s text (Chromium)', () => {
  for (const [name, p] of [
    ['w77 (real government page)', '/gen/w77.html'],
    ['the sample page', '/sample/sample-budget.html'],
  ] as const) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: docked beside the page or a slim bar, over no text`, async () => {
        const page = await openAt(width, p);
        const open = (await overlayOf(page).locator('.dl-side').count()) === 1;
        // Narrow windows start with the slim bar; wide ones with the panel docked.
        expect(open).toBe(width >= 1100);
        const rect = await dockRect(page);
        expect(rect[2]).toBeCloseTo(width - (await page.evaluate(() => innerWidth - document.documentElement.clientWidth)), 0);
        for (const y of [0, 0.5]) {
          await page.evaluate((f) => scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), y);
          expect(await textUnder(page, rect), `text under the ${open ? 'panel' : 'slim bar'} at ${width} px, scrolled ${y * 100}%`).toEqual(
            [],
          );
        }
        // The other state covers nothing either.
        await (open ? overlayOf(page).locator('.dl-side-head button', { hasText: '收起' }) : overlayOf(page).locator('.dl-fab')).click();
        await expect
          .poll(() =>
            overlayOf(page)
              .locator(open ? '.dl-fab' : '.dl-side')
              .count(),
          )
          .toBe(1);
        await page.evaluate(() => scrollTo(0, 0));
        expect(await textUnder(page, await dockRect(page))).toEqual([]);
        await page.screenshot({ path: path.join(shots, `61-overlay-dock-${path.basename(p, '.html')}-${width}.png`) });
        await page.close();
      });
    }
  }
});
