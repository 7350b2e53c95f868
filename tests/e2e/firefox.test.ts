// The extension in Firefox ESR (puppeteer-core over WebDriver BiDi, temporary install of the MV2
// build): webRequest interception into the viewer, the page overlay, and no request leaving
// 127.0.0.1. Firefox has no host-resolver flag, so the test server doubles as its HTTP proxy:
// every request Firefox makes passes through it and is recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  CORPUS,
  GOV_HOST,
  SAMPLE_HTML,
  cliSummary,
  isLocal,
  launchFirefox,
  poll,
  readCounts,
  shotsDir,
  startServer,
  type LocalServer,
} from './harness';

const PDF = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
/** Has fails in the CLI (its inspection checklist lists a wrong 增加17.62%). */
const FAIL_PDF = 'putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf';
const VIEWER_TIMEOUT_MS = 60_000;
const SETTLE_MS = 1500;
/** Firefox's own background service, refused by the proxy like any other foreign host. */
const FIREFOX_INTERNAL = /^https:\/\/firefox\.settings\.services\.mozilla\.com(:443)?$/;

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

async function attrs(page: Page, selector: string): Promise<Record<string, string> | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null;
  }, selector);
}

describe('Firefox ESR', () => {
  it('a budget PDF is redirected into the viewer, which finishes with the CLI’s counts', async () => {
    const page = await browser.newPage();
    const t0 = Date.now();
    // BiDi cannot report the moz-extension:// URL of a redirect; read location.href instead.
    // The redirect detaches the frame, so goto never resolves cleanly: do not wait for it.
    void page.goto(server.url(GOV_HOST, `/corpus/${PDF}`)).catch(() => {});
    const href = await poll(
      () => page.evaluate(() => location.href),
      (h) => /^moz-extension:\/\/.*\/viewer\.html/.test(h ?? ''),
      15_000,
    );
    expect(href).toMatch(/^moz-extension:\/\/.*\/viewer\.html\?file=/);
    const a = await poll(
      () => attrs(page, '#dlens-viewer'),
      (v) => !!v && v['data-state'] !== 'loading',
      VIEWER_TIMEOUT_MS,
    );
    console.log(`[e2e firefox] ${PDF}: navigation → data-state=${a?.['data-state']} in ${Date.now() - t0} ms`);
    await poll(
      () => page.evaluate(() => document.querySelector('.dl-page[data-page="1"]')?.getAttribute('data-rendered')),
      (v) => v === 'yes',
      20_000,
    );
    await page.screenshot({ path: path.join(shots, '11-firefox-viewer.png') });
    const text = await page.evaluate(() => document.querySelector('.dl-page[data-page="1"] .textLayer')?.textContent ?? '');
    expect(text.replace(/\s+/g, '')).toMatch(/预算/);
    const cli = await cliSummary(path.join(CORPUS, PDF));
    expect(cli, 'dlens check gives counts for this document').not.toBeNull();
    if (cli) {
      expect(a?.['data-state']).toBe('done');
      expect(readCounts(a!)).toEqual(cli);
    } else {
      expect(['done', 'error']).toContain(a?.['data-state']);
    }
    await page.close();
  });

  it('reader controls: the saved original has the file’s bytes; go to page, thumbnails, outline, page fit, rotation', async () => {
    const OUTLINED = 'cities-renwu/cc_xinfangju_2026_budget.pdf';
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    void page.goto(server.url(GOV_HOST, `/corpus/${OUTLINED}`)).catch(() => {});
    await poll(
      () => attrs(page, '#dlens-viewer'),
      (v) => v?.['data-state'] === 'done',
      VIEWER_TIMEOUT_MS,
    );
    // What the save button hands to the browser: a blob of the original bytes under the file's name.
    const saved = await page.evaluate(async () => {
      let got: { name: string; href: string } | null = null;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        got = { name: this.download, href: this.href };
      };
      (document.querySelector('button.dl-save') as HTMLButtonElement).click();
      HTMLAnchorElement.prototype.click = click;
      const g = got as { name: string; href: string } | null;
      return g ? { name: g.name, bytes: [...new Uint8Array(await (await fetch(g.href)).arrayBuffer())] } : null;
    });
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(saved?.name).toBe('cc_xinfangju_2026_budget.pdf');
    expect(sha(Uint8Array.from(saved!.bytes))).toBe(sha(readFileSync(path.join(CORPUS, OUTLINED))));
    const viewer = async (name: string) => (await attrs(page, '#dlens-viewer'))?.[name];
    await page.click('.dl-sidebar-toggle');
    await page.click('.dl-thumb[data-thumb="5"]');
    expect(
      await poll(
        () => viewer('data-page'),
        (v) => v === '5',
        10_000,
      ),
    ).toBe('5');
    await page.click('.dl-tab-outline');
    await poll(
      () => page.evaluate(() => document.querySelectorAll('.dl-outline-item').length),
      (n) => n >= 5,
      10_000,
    );
    await page.evaluate(() => (document.querySelector('.dl-outline > li:last-child > .dl-outline-item') as HTMLButtonElement).click());
    const outlined = Number(
      await poll(
        () => viewer('data-page'),
        (v) => Number(v) > 5,
        10_000,
      ),
    );
    expect(outlined).toBeGreaterThan(5);
    await page.select('.dl-zoom-mode', 'page-fit');
    const fits = await poll(
      () =>
        page.evaluate(
          () => document.querySelector('.dl-page')!.getBoundingClientRect().height <= document.querySelector('.dl-pages')!.clientHeight,
        ),
      (v) => v === true,
      10_000,
    );
    expect(fits).toBe(true);
    await page.click('button.dl-rotate');
    expect(
      await poll(
        () => page.evaluate(() => document.querySelector('.dl-page')!.getAttribute('data-rotation')),
        (v) => v === '90',
        10_000,
      ),
    ).toBe('90');
    await poll(
      () => page.evaluate(() => document.querySelectorAll('.dl-page[data-rendered="yes"]').length),
      (n) => n > 0,
      15_000,
    );
    await page.click('.dl-tab:not(.dl-tab-outline)');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await page.screenshot({ path: path.join(shots, 'reader-11-firefox-sidebar-rotated.png') });
    await page.close();
  });

  it('the box of a fail finding lies over a number in the text layer', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 }); // wide enough for the panel to start open
    void page.goto(server.url(GOV_HOST, `/corpus/${FAIL_PDF}`)).catch(() => {});
    const a = await poll(
      () => attrs(page, '#dlens-viewer'),
      (v) => !!v && v['data-state'] !== undefined && v['data-state'] !== 'loading',
      VIEWER_TIMEOUT_MS,
    );
    expect(a?.['data-state']).toBe('done');
    expect(Number(a?.['data-count-fail'])).toBeGreaterThan(0);
    await page.evaluate(() => (document.querySelector('.dl-finding.dl-s-fail .dl-finding-head') as HTMLElement).click());
    const overlap = await poll(
      () =>
        page.evaluate(() => {
          const id = document.querySelector('.dl-finding.dl-selected')?.getAttribute('data-finding');
          const el = document.querySelector(`.dl-box[data-finding="${id}"]`);
          const pageDiv = el?.closest('.dl-page');
          if (!el || pageDiv?.getAttribute('data-rendered') !== 'yes') return 0;
          const r = el.getBoundingClientRect();
          return [...pageDiv.querySelectorAll('.textLayer span')].filter((s) => {
            const q = s.getBoundingClientRect();
            return /\d/.test(s.textContent ?? '') && q.right > r.left && q.left < r.right && q.bottom > r.top && q.top < r.bottom;
          }).length;
        }),
      (n) => (n ?? 0) > 0,
      20_000,
    );
    expect(overlap).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, '13-firefox-fail-box.png') });
    // Its shareable link (the document's address + #dlens-finding=) reopens the viewer at it.
    const { id, link } = await page.evaluate(() => {
      const sel = document.querySelector('.dl-finding.dl-selected');
      return { id: sel?.getAttribute('data-finding') ?? '', link: sel?.querySelector('.dl-finding-link')?.getAttribute('href') ?? '' };
    });
    expect(link).toBe(`${server.url(GOV_HOST, `/corpus/${FAIL_PDF}`)}#dlens-finding=${encodeURIComponent(id)}`);
    const shared = await browser.newPage();
    await shared.setViewport({ width: 1400, height: 900 });
    void shared.goto(link).catch(() => {});
    const selected = await poll(
      () => shared.evaluate(() => document.querySelector('.dl-finding.dl-selected')?.getAttribute('data-finding') ?? null),
      (v) => !!v,
      VIEWER_TIMEOUT_MS,
    );
    expect(selected).toBe(id);
    await shared.close();
    await page.close();
  });

  it('the sample disclosure page gets the overlay; a NEG_ page gets nothing', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(GOV_HOST, '/sample/sample-budget.html'));
    const a = await poll(
      () => attrs(page, 'dlens-overlay'),
      (v) => !!v?.['data-state'],
      10_000,
    );
    await page.screenshot({ path: path.join(shots, '12-firefox-overlay.png') });
    const cli = await cliSummary(SAMPLE_HTML);
    expect(cli, 'dlens check gives counts for this document').not.toBeNull();
    if (cli) expect(readCounts(a!)).toEqual(cli);
    else expect(['done', 'error']).toContain(a?.['data-state']);
    // The overlay handed the page to the background, which stored it in the extension's IndexedDB.
    const lib = await poll(
      () => attrs(page, 'dlens-overlay'),
      (v) => !!v?.['data-library'],
      10_000,
    );
    expect(lib?.['data-library'], lib?.['data-library-error']).toBe('stored');
    await page.goto(server.url(GOV_HOST, '/corpus/cities-renwu/NEG_jn_gonganju_xxgk_index.html'));
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await page.evaluate(() => document.querySelectorAll('dlens-overlay, [data-dlens-badge]').length)).toBe(0);
    await page.close();
  });

  it('the library and the year-over-year tab work in Firefox too (IndexedDB in the extension)', async () => {
    const yoy = async (rel: string, want: string) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      void page.goto(server.url(GOV_HOST, `/corpus/${rel}`)).catch(() => {});
      const a = await poll(
        () => attrs(page, '.dl-tab-yoy'),
        (v) => v?.['data-yoy-state'] === want || v?.['data-yoy-state'] === 'error',
        VIEWER_TIMEOUT_MS,
      );
      return { page, a };
    };
    const first = await yoy('jiangsu-open-budget/js_rendaban_2017_budget.pdf', 'none');
    expect(first.a?.['data-yoy-state']).toBe('none');
    await first.page.close();
    const { page, a } = await yoy('jiangsu-open-budget/js_rendaban_2018_budget.pdf', 'done');
    expect(a?.['data-yoy-state']).toBe('done');
    expect(Number(a?.['data-yoy-rows'])).toBeGreaterThan(0);
    expect(JSON.parse(a!['data-yoy-counts'])['C1:pass']).toBeGreaterThan(0);
    await page.evaluate(() => (document.querySelector('.dl-tab-yoy') as HTMLElement).click());
    await page.screenshot({ path: path.join(shots, '14-firefox-yoy.png') });
    await page.close();
  });

  it('every request Firefox made went to the local server under our host names', () => {
    expect(server.seen.length).toBeGreaterThan(0);
    // Firefox's own remote-settings client still tries its server (not the extension's doing);
    // the proxy refuses it, so it never leaves the machine either.
    const foreign = server.seen.filter((u) => !isLocal(u) && !FIREFOX_INTERNAL.test(u));
    expect(foreign).toEqual([]);
  });
});
