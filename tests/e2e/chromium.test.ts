// The extension in Debian Chromium (playwright-core, --load-extension): PDF interception and the
// viewer, the page overlay on government pages, and no request leaving 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CHROME_BUILD,
  CORPUS,
  GOV_HOST,
  OTHER_HOST,
  SAMPLE_HTML,
  badPdfs,
  largeSamplePage,
  cliFindings,
  cliKind,
  cliSummary,
  cliWithPrior,
  encryptedCopy,
  isLocal,
  launchChromium,
  overlapFraction,
  readCounts,
  shotsDir,
  startServer,
  type ExtensionBrowser,
  type LocalServer,
  type Summary,
} from './harness';
import { overlayOf, type ClosedShadow } from './closed-shadow';

/** A 25-page department budget: time to first findings is measured on it. */
const TIMED_PDF = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
/** Documents likely to carry a `fail`, tried in order. */
const FAIL_CANDIDATES = [
  TIMED_PDF, // N4 "三公" sum and a Y1 change on p. 21 fail in the CLI
  'putuo-govbudgetchecker/putuo_caizhengju_2024_final_MODIFIED_with_planted_errors.pdf',
  'putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf',
  'cities-renwu/sz_shenjiju_2026_budget.pdf',
];
const SETTLE_MS = 1500;
const VIEWER_TIMEOUT_MS = 60_000;

let server: LocalServer;
let browser: ExtensionBrowser;
let ctx: BrowserContext;
let extId = '';
let shots = '';
const requests: string[] = [];
const blockedByCsp = new Set<string>();

beforeAll(async () => {
  shots = await shotsDir();
  server = await startServer();
  browser = await launchChromium({
    profilePrefix: 'dlens-e2e-',
    onContext: (c) => {
      c.on('request', (r) => requests.push(r.url()));
      // The served pages' own CSP stops their scripts/images from foreign hosts inside the renderer
      // (errorText "csp"): those never reach the network, so they are not requests that left.
      c.on('requestfailed', (r) => {
        if (r.failure()?.errorText === 'csp') blockedByCsp.add(r.url());
      });
    },
  });
  ({ ctx, extId } = browser);
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

async function openPdfInViewer(rel: string, prefix = '/corpus/'): Promise<{ page: Page; ms: number; state: string }> {
  const page = await ctx.newPage();
  const t0 = Date.now();
  await page.goto(server.url(GOV_HOST, `${prefix}${rel}`), { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html`), { timeout: 15_000 });
  await page.waitForSelector('#dlens-viewer:not([data-state="loading"])', { timeout: VIEWER_TIMEOUT_MS });
  const ms = Date.now() - t0;
  const state = (await page.getAttribute('#dlens-viewer', 'data-state')) ?? '';
  return { page, ms, state };
}

async function viewerCounts(page: Page): Promise<Summary> {
  const attrs = await page.$eval('#dlens-viewer', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  return readCounts(attrs);
}

describe('PDF viewer (Chromium)', () => {
  it('a budget PDF served as application/pdf lands in the viewer with the CLI’s counts', async () => {
    const { page, ms, state } = await openPdfInViewer(TIMED_PDF);
    console.log(`[e2e] ${TIMED_PDF}: navigation → data-state=${state} in ${ms} ms`);
    await page.waitForSelector('.dl-page[data-page="1"][data-rendered="yes"]', { timeout: 20_000 });
    await page.screenshot({ path: path.join(shots, '01-viewer-budget.png') });
    // The text layer is real text: page 1 of a 部门预算 carries its title.
    const text = await page.$eval('.dl-page[data-page="1"] .textLayer', (el) => el.textContent ?? '');
    expect(text.replace(/\s+/g, '')).toMatch(/预算/);
    const cli = await cliSummary(path.join(CORPUS, TIMED_PDF));
    expect(cli, 'dlens check gives counts for this document').not.toBeNull();
    if (cli) {
      expect(state).toBe('done');
      expect(await viewerCounts(page)).toEqual(cli);
      // Export downloads: JSON is the same report, Markdown names the document's findings.
      const json = page.waitForEvent('download');
      await page.locator('.dl-export button', { hasText: 'JSON' }).click();
      const dl = await json;
      expect(dl.suggestedFilename()).toBe('gz_xinfangju_2026_budget.dlens.json');
      expect(JSON.parse(readFileSync(await dl.path(), 'utf8')).summary).toEqual(cli);
      const md = page.waitForEvent('download');
      await page.locator('.dl-export button', { hasText: 'Markdown' }).click();
      expect(readFileSync(await (await md).path(), 'utf8')).toMatch(/^#/m);
    } else {
      // No CLI result yet: the viewer must still finish honestly, with a visible banner on error.
      expect(['done', 'error']).toContain(state);
      if (state === 'error') expect(await page.locator('[data-banner="error"]').count()).toBe(1);
    }
    await page.close();
  });

  it('a .pdf served as application/octet-stream is intercepted too', async () => {
    const { page, state } = await openPdfInViewer('cities-renwu/bj_xinfangban_2026_budget.pdf', '/octet/');
    expect(['done', 'error']).toContain(state);
    await page.waitForSelector('.dl-page[data-page="1"][data-rendered="yes"]', { timeout: 20_000 });
    await page.screenshot({ path: path.join(shots, '02-viewer-octet-stream.png') });
    await page.close();
  });

  it('the box of a fail finding lies over the rendered glyphs of its number', async (t) => {
    for (const rel of FAIL_CANDIDATES) {
      const { page, state } = await openPdfInViewer(rel);
      if (state !== 'done' || !(await page.getAttribute('#dlens-viewer', 'data-count-fail')) || (await viewerCounts(page)).fail === 0) {
        await page.close();
        continue;
      }
      // Keyboard: "n" selects the first finding the panel lists.
      await page.keyboard.press('n');
      await expect.poll(() => page.locator('.dl-finding.dl-selected').count()).toBe(1);
      // Select the first fail in the panel: the viewer scrolls there and renders that page.
      await page.locator('.dl-finding.dl-s-fail .dl-finding-head').first().click();
      const id = await page.locator('.dl-finding.dl-s-fail').first().getAttribute('data-finding');
      // The viewer scrolled to the finding's first number; that page renders, with its box.
      const rendered = page.locator(`.dl-page[data-rendered="yes"] .dl-box[data-finding="${id}"]`);
      await expect.poll(() => rendered.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const box = rendered.first();
      const result = await box.evaluate((b) => {
        const pageDiv = b.closest('.dl-page')!;
        const r = b.getBoundingClientRect();
        const spans = [...pageDiv.querySelectorAll('.textLayer span')]
          .map((s) => ({ text: s.textContent ?? '', r: s.getBoundingClientRect() }))
          .filter((s) => s.r.width > 0 && s.r.right > r.left && s.r.left < r.right && s.r.bottom > r.top && s.r.top < r.bottom);
        // Ink inside the box on the canvas: dark pixels mean glyphs were painted there.
        const canvas = pageDiv.querySelector('canvas')!;
        const cr = canvas.getBoundingClientRect();
        const sx = canvas.width / cr.width;
        const img = canvas
          .getContext('2d')!
          .getImageData(
            Math.floor((r.left - cr.left) * sx),
            Math.floor((r.top - cr.top) * sx),
            Math.max(1, Math.floor(r.width * sx)),
            Math.max(1, Math.floor(r.height * sx)),
          ).data;
        let dark = 0;
        for (let i = 0; i < img.length; i += 4) if (img[i] + img[i + 1] + img[i + 2] < 300) dark++;
        return {
          box: [r.left, r.top, r.right, r.bottom],
          spans: spans.map((s) => ({ text: s.text, box: [s.r.left, s.r.top, s.r.right, s.r.bottom] })),
          darkFraction: dark / (img.length / 4),
        };
      });
      await box.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, '03-viewer-fail-box.png') });
      const numeric = result.spans.filter((s) => /\d/.test(s.text));
      expect(numeric.length, JSON.stringify(result)).toBeGreaterThan(0);
      expect(Math.max(...numeric.map((s) => overlapFraction(s.box, result.box)))).toBeGreaterThan(0.5);
      expect(result.darkFraction).toBeGreaterThan(0.03);
      await page.close();
      return;
    }
    t.skip('no candidate PDF produced a fail finding in this build');
  });
});

describe('viewer features (Chromium)', () => {
  it('find, zoom and lazy rendering work on a 25-page PDF', async () => {
    const { page } = await openPdfInViewer(TIMED_PDF);
    await page.waitForSelector('.dl-page[data-page="1"][data-rendered="yes"]');
    // Lazy: far pages are not rendered before they are scrolled to.
    expect(await page.getAttribute('.dl-page[data-page="25"]', 'data-rendered')).toBe('no');
    await page.fill('input[type="search"]', '财政拨款');
    await expect.poll(() => page.locator('.dl-find-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const counter = await page.textContent('.dl-find-count');
    expect(counter).toMatch(/^1\/\d+/);
    await page.screenshot({ path: path.join(shots, '07-viewer-find.png') });
    const before = await page.$eval('.dl-page[data-page="1"]', (el) => el.getBoundingClientRect().width);
    await page.click('.dl-zoom button:nth-of-type(2)');
    await expect.poll(() => page.$eval('.dl-page[data-page="1"]', (el) => el.getBoundingClientRect().width)).toBeGreaterThan(before);
    await page.locator('.dl-page[data-page="25"]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getAttribute('.dl-page[data-page="25"]', 'data-rendered'), { timeout: 15_000 }).toBe('yes');
    // ...and page 1, now far away, has given its canvas back.
    await expect.poll(() => page.getAttribute('.dl-page[data-page="1"]', 'data-rendered')).toBe('no');
    await page.close();
  });

  it('a scanned PDF and a non-disclosure PDF get their banners', async () => {
    const scan = await openPdfInViewer('cities-renwu/cs_jiaojing_2026_budget_SCANNED.pdf');
    if (scan.state === 'done') {
      expect(await scan.page.locator('[data-banner="scan"]').count()).toBe(1);
      await scan.page.screenshot({ path: path.join(shots, '09-viewer-scan-banner.png') });
    }
    await scan.page.close();
    const neg = await openPdfInViewer('cities-renwu/NEG_hz_xiaofang_notice.pdf');
    if (neg.state === 'done') {
      const kind = (await cliKind(path.join(CORPUS, 'cities-renwu/NEG_hz_xiaofang_notice.pdf'))) ?? 'other';
      expect(await neg.page.locator('[data-banner="other"]').count()).toBe(kind === 'other' ? 1 : 0);
    }
    await neg.page.close();
  });

  it('an HTML page posing as a .pdf gets a clear notice, not a pdf.js error', async () => {
    const { page, state } = await openPdfInViewer('cities-renwu/cq_fagaiwei_2026_budget_landing.html.pdf', '/misnamed/');
    expect(state).toBe('error');
    const link = page.locator('[data-banner="not-pdf"] a');
    expect(await link.getAttribute('href')).toMatch(/landing\.html\.pdf\?dlens-skip=1$/);
    await page.screenshot({ path: path.join(shots, '10-viewer-not-pdf.png') });
    await page.close();
  });

  it('opens a local file from the file picker', async () => {
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${extId}/viewer.html`);
    expect(await page.getAttribute('#dlens-viewer', 'data-state')).toBe('idle');
    await page.setInputFiles('input[type="file"]', path.join(CORPUS, 'cities-renwu/bj_xinfangban_2026_budget.pdf'));
    await page.waitForSelector('#dlens-viewer:not([data-state="loading"]):not([data-state="idle"])', { timeout: VIEWER_TIMEOUT_MS });
    await page.waitForSelector('.dl-page[data-page="1"][data-rendered="yes"]');
    expect(await page.title()).toContain('bj_xinfangban_2026_budget.pdf');
    await page.close();
  });

  it('asks for the password of an encrypted PDF and says so when it is wrong', async (t) => {
    const url = await encryptedCopy('cities-renwu/bj_xinfangban_2026_budget.pdf', 'secret');
    if (!url) return t.skip('qpdf is not installed');
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, url), { waitUntil: 'commit' }).catch(() => {});
    await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html`));
    await page.fill('.dl-password input', 'wrong');
    await page.click('.dl-password button');
    await page.waitForSelector('.dl-password .dl-error');
    await page.screenshot({ path: path.join(shots, '08-viewer-password.png') });
    await page.fill('.dl-password input', 'secret');
    await page.click('.dl-password button');
    await page.waitForSelector('.dl-page[data-page="1"][data-rendered="yes"]', { timeout: 20_000 });
    await page.waitForSelector('#dlens-viewer:not([data-state="loading"])', { timeout: VIEWER_TIMEOUT_MS });
    await page.close();
  });

  it('without DNR rules, the document_start detector still moves a PDF into the viewer', async () => {
    const sw = ctx.serviceWorkers()[0];
    const saved = await sw.evaluate(async () => {
      const dnr = (globalThis as any).chrome.declarativeNetRequest;
      const rules = await dnr.getDynamicRules();
      await dnr.updateDynamicRules({ removeRuleIds: rules.map((r: { id: number }) => r.id) });
      return rules;
    });
    try {
      const page = await ctx.newPage();
      await page.goto(server.url(GOV_HOST, '/corpus/cities-renwu/bj_xinfangban_2026_budget.pdf'), { waitUntil: 'commit' }).catch(() => {});
      await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html?file=`), { timeout: 15_000 });
      await page.waitForSelector('.dl-page[data-page="1"][data-rendered="yes"]', { timeout: 20_000 });
      await page.close();
    } finally {
      await sw.evaluate(async (rules) => (globalThis as any).chrome.declarativeNetRequest.updateDynamicRules({ addRules: rules }), saved);
    }
  });
});

describe('findings in the UI language (Chromium)', () => {
  const CJK = /[\u3400-\u9fff]/;
  // Brief: the other language's rule step on a ~30-page model takes well under 200 ms; the figure
  // is logged as a measurement, not asserted. The bound only catches a re-check that
  // reads the PDF again instead of rewording the model, which takes seconds.
  const MAX_RECHECK_MS = 5_000;

  /** The panel's findings (id → message text), passes included. */
  /** Where the findings panel is: a CSS scope in the viewer page, or the overlay's closed shadow root. */
  type Scope = string | ClosedShadow;
  type Found = { evaluateAll<R>(fn: (els: Element[]) => R): Promise<R>; allTextContents(): Promise<string[]> };
  const within = (page: Page, scope: Scope, sel: string): Found =>
    typeof scope === 'string' ? page.locator(`${scope} ${sel}`) : scope.locator(sel);

  async function panelMessages(page: Page, scope: Scope): Promise<Map<string, string>> {
    const list = await within(page, scope, '.dl-finding').evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-finding') ?? '', el.querySelector('.dl-msg')?.textContent ?? ''] as [string, string]),
    );
    return new Map(list);
  }

  async function panelCounts(page: Page, scope: Scope): Promise<string[]> {
    return within(page, scope, '.dl-count strong').allTextContents();
  }

  /** Every listed message equals the CLI's in that language (word for word); returns how many. */
  function expectSameAsCli(shown: Map<string, string>, cli: NonNullable<Awaited<ReturnType<typeof cliFindings>>>, lang: string): number {
    const wrong = [...shown]
      .filter(([id, msg]) => cli.byId.get(id)?.message !== msg)
      .map(([id, msg]) => `${id}: ${msg} ≠ ${cli.byId.get(id)?.message}`);
    expect(wrong.slice(0, 5), `${wrong.length} messages differ from the CLI (--lang ${lang})`).toEqual([]);
    return shown.size;
  }

  it('viewer: switching to English rewords the findings as `dlens check --lang en` does, counts unchanged, and back', async () => {
    const file = path.join(CORPUS, TIMED_PDF);
    const [zh, en] = await Promise.all([cliFindings(file, 'zh'), cliFindings(file, 'en')]);
    expect(zh && en).toBeTruthy();
    expect(en!.summary).toEqual(zh!.summary);
    const { page, state } = await openPdfInViewer(TIMED_PDF);
    expect(state).toBe('done');
    const root = '#dlens-viewer';
    // The language is kept in storage.local: start from Chinese whatever an earlier case left.
    if ((await page.getAttribute(root, 'data-lang')) !== 'zh') await page.locator('.dl-lang').click();
    await page.waitForSelector(`${root}[data-lang="zh"]`);
    expect(await page.getAttribute(root, 'data-lang-error')).toBeNull();
    const recheckMs = Number(await page.getAttribute(root, 'data-ms-recheck'));
    console.log(`[e2e] findings in English: rule step on the model of ${TIMED_PDF} (25 pages) in ${recheckMs} ms in the worker`);
    expect(recheckMs).toBeGreaterThan(0);
    expect(recheckMs).toBeLessThan(MAX_RECHECK_MS);
    await page.locator('.dl-tools input.dl-show-passes').check();
    const countsZh = await panelCounts(page, root);
    expect(await viewerCounts(page)).toEqual(zh!.summary);
    const total = Object.values(zh!.summary).reduce((a, b) => a + b, 0);
    const shownZh = await panelMessages(page, root);
    expect(expectSameAsCli(shownZh, zh!, 'zh')).toBe(total);

    // English: the same findings, worded as the CLI words them in English.
    const t0 = Date.now();
    await page.locator('.dl-lang').click();
    await page.waitForSelector(`${root}[data-lang="en"]`);
    const first = [...shownZh.keys()][0];
    await expect
      .poll(() => page.locator(`.dl-finding[data-finding="${first}"] .dl-msg`).textContent(), { timeout: 10_000 })
      .toBe(en!.byId.get(first)!.message);
    const switchMs = Date.now() - t0;
    console.log(`[e2e] findings in English: click → reworded panel (${total} findings) in ${switchMs} ms`);
    const shownEn = await panelMessages(page, root);
    expect(expectSameAsCli(shownEn, en!, 'en')).toBe(total);
    expect([...shownEn.keys()]).toEqual([...shownZh.keys()]);
    for (const [id, msg] of shownEn) {
      expect(msg, id).toMatch(/[A-Za-z]{3,}/);
      if (!CJK.test(en!.byId.get(id)!.message)) expect(msg, id).not.toMatch(CJK);
    }
    // A finding read in English without any Chinese (K1: a standard table without figures).
    const plain = [...shownEn].filter(([, m]) => !CJK.test(m));
    console.log(`[e2e] findings in English: ${plain.length} of ${total} messages with no Chinese at all, e.g. ${plain[0]?.[1]}`);
    expect(await viewerCounts(page)).toEqual(zh!.summary);
    expect(await panelCounts(page, root)).toEqual(countsZh);
    // The tolerance of a rounding finding, and the box's tooltip, in English.
    const rounding = page.locator('.dl-finding.dl-s-rounding').first();
    const rid = (await rounding.getAttribute('data-finding'))!;
    await rounding.locator('.dl-finding-head').click();
    expect(await rounding.locator('.dl-detail').textContent()).toContain(`Tolerance: ${en!.byId.get(rid)!.tolerance}`);
    const box = page.locator(`.dl-page[data-rendered="yes"] .dl-box[data-finding="${rid}"]`).first();
    await expect.poll(() => box.count(), { timeout: 20_000 }).toBe(1);
    expect(await box.getAttribute('title')).toContain(`${en!.byId.get(rid)!.rule}: ${en!.byId.get(rid)!.message}`);
    await page.screenshot({ path: path.join(shots, '50-viewer-findings-en.png') });
    // The export follows the language.
    const md = page.waitForEvent('download');
    await page.locator('.dl-export button', { hasText: 'Markdown' }).click();
    const text = readFileSync((await (await md).path())!, 'utf8');
    expect(text).toContain('| status | rule | finding |');
    expect(text).toContain(en!.byId.get('K1:2')?.message ?? en!.byId.get(rid)!.message);

    // Back to Chinese: the Chinese words again, tolerances in Chinese, same counts.
    await page.locator('.dl-lang').click();
    await page.waitForSelector(`${root}[data-lang="zh"]`);
    await expect
      .poll(() => page.locator(`.dl-finding[data-finding="${first}"] .dl-msg`).textContent(), { timeout: 10_000 })
      .toBe(zh!.byId.get(first)!.message);
    expect(expectSameAsCli(await panelMessages(page, root), zh!, 'zh')).toBe(total);
    expect(await viewerCounts(page)).toEqual(zh!.summary);
    expect(await panelCounts(page, root)).toEqual(countsZh);
    const detail = (await page.locator(`.dl-finding[data-finding="${rid}"] .dl-detail`).textContent()) ?? '';
    expect(detail).toMatch(/容差: [<±][\d.]+（\d+ 个印刷数值的舍入区间）/);
    expect(detail).not.toMatch(/rounding interval/);
    await page.screenshot({ path: path.join(shots, '51-viewer-findings-zh-again.png') });
    await page.close();
  });

  it('overlay: the sample page’s findings switch to English and back, counts unchanged', async () => {
    const [zh, en] = await Promise.all([cliFindings(SAMPLE_HTML, 'zh'), cliFindings(SAMPLE_HTML, 'en')]);
    expect(zh && en).toBeTruthy();
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, '/sample/sample-budget.html'), { waitUntil: 'load' });
    await page.waitForSelector('dlens-overlay[data-state="done"]', { state: 'attached', timeout: 10_000 });
    const scope = overlayOf(page);
    const panel = scope.locator('.dl-overlay');
    await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(1);
    if ((await panel.getAttribute('data-lang')) !== 'zh') await scope.locator('.dl-side-head button', { hasText: '中文' }).click();
    await expect.poll(() => panel.getAttribute('data-lang')).toBe('zh');
    await scope.locator('.dl-tools input.dl-show-passes').check();
    const total = Object.values(zh!.summary).reduce((a, b) => a + b, 0);
    const countsZh = await panelCounts(page, scope);
    expect(countsZh.map(Number)).toEqual([
      zh!.summary.pass,
      zh!.summary.rounding,
      zh!.summary.fail,
      zh!.summary.warn,
      zh!.summary.unverifiable,
    ]);
    const shownZh = await panelMessages(page, scope);
    expect(expectSameAsCli(shownZh, zh!, 'zh')).toBe(total);

    await scope.locator('.dl-side-head button', { hasText: 'English' }).click();
    await expect.poll(() => panel.getAttribute('data-lang')).toBe('en');
    expect(await panel.getAttribute('data-lang-error')).toBeNull();
    const recheckMs = Number(await panel.getAttribute('data-ms-recheck'));
    console.log(`[e2e] findings in English: rule step on the sample page's model in ${recheckMs} ms (page thread)`);
    expect(recheckMs).toBeGreaterThan(0);
    expect(recheckMs).toBeLessThan(MAX_RECHECK_MS);
    const shownEn = await panelMessages(page, scope);
    expect(expectSameAsCli(shownEn, en!, 'en')).toBe(total);
    expect(shownEn.get('N2:1')).toBe('支出预算: the 4 parts add up to 3734.20, equal to the stated 3734.20万元');
    expect(shownEn.get('N4:2')).toMatch(/: the 3 parts add up to 14\.80, but the stated total is 13\.80万元/);
    expect(await panelCounts(page, scope)).toEqual(countsZh);
    // The boxes' tooltips follow too.
    const fail = scope.locator('.dl-box.dl-s-fail .dl-box-label').first();
    expect(await fail.getAttribute('title')).toMatch(/parts add up|implies last year/);
    await scope.locator('.dl-finding.dl-s-fail .dl-finding-head').first().click();
    await page.screenshot({ path: path.join(shots, '52-overlay-findings-en.png') });
    const json = page.waitForEvent('download');
    await scope.locator('.dl-export button', { hasText: 'JSON' }).click();
    const exported = JSON.parse(readFileSync((await (await json).path())!, 'utf8'));
    expect(exported.summary).toEqual(zh!.summary);
    expect(exported.findings.find((f: { id: string }) => f.id === 'N2:1').message).toBe(en!.byId.get('N2:1')!.message);

    await scope.locator('.dl-side-head button', { hasText: '中文' }).click();
    await expect.poll(() => panel.getAttribute('data-lang')).toBe('zh');
    expect(expectSameAsCli(await panelMessages(page, scope), zh!, 'zh')).toBe(total);
    expect(await panelCounts(page, scope)).toEqual(countsZh);
    await page.screenshot({ path: path.join(shots, '53-overlay-findings-zh-again.png') });
    await page.close();
  });
});

describe('page overlay (Chromium)', () => {
  async function open(url: string) {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return page;
  }

  it('the sample disclosure page gets the overlay with the CLI’s counts', async () => {
    const page = await open(server.url(GOV_HOST, '/sample/sample-budget.html'));
    const host = page.locator('dlens-overlay');
    await expect.poll(() => host.count(), { timeout: 10_000 }).toBe(1);
    const attrs = await host.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    await page.screenshot({ path: path.join(shots, '04-overlay-sample.png') });
    const cli = await cliSummary(SAMPLE_HTML);
    expect(cli, 'dlens check gives counts for this document').not.toBeNull();
    if (cli) {
      expect(attrs['data-state']).toBe('done');
      expect(readCounts(attrs)).toEqual(cli);
      if (cli.fail + cli.warn > 0) expect(await overlayOf(page).locator('.dl-box').count()).toBeGreaterThan(0);
      // Export: the JSON download is the report the counts came from.
      const download = page.waitForEvent('download');
      await overlayOf(page).locator('.dl-export button', { hasText: 'JSON' }).click();
      const file = await (await download).path();
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported.schema).toBe('dlens.check/1');
      expect(exported.summary).toEqual(cli);
      // Selecting a fail scrolls to it and flashes its boxes.
      if (cli.fail > 0) {
        await overlayOf(page).locator('.dl-finding.dl-s-fail .dl-finding-head').first().click();
        await expect.poll(() => overlayOf(page).locator('.dl-box.dl-flash').count()).toBeGreaterThan(0);
        // The flashing box covers the page text of a number: the characters under its centre are digits.
        const under = await overlayOf(page)
          .locator('.dl-box.dl-flash')
          .first()
          .evaluate((b) => {
            const r = b.getBoundingClientRect();
            const pos = document.caretPositionFromPoint?.(r.left + r.width / 2, r.top + r.height / 2);
            const text = pos?.offsetNode.textContent ?? '';
            return text.slice(Math.max(0, (pos?.offset ?? 0) - 3), (pos?.offset ?? 0) + 3);
          });
        expect(under).toMatch(/\d/);
        await page.screenshot({ path: path.join(shots, '04b-overlay-selected-fail.png') });
      }
    } else {
      expect(['done', 'error']).toContain(attrs['data-state']);
    }
    await page.close();
  });

  it('the page the overlay checked is in the local library (stored by the background)', async () => {
    // The sample page was checked by the case above; the overlay handed it to the background.
    const page = await open(server.url(GOV_HOST, '/sample/sample-budget.html'));
    await expect.poll(() => page.getAttribute('dlens-overlay', 'data-library'), { timeout: 10_000 }).toBe('stored');
    await page.close();
    const lib = await ctx.newPage();
    await lib.goto(`chrome-extension://${extId}/library.html`);
    await lib.waitForSelector('.dl-library[data-entries]');
    const row = lib.locator('tr[data-key="云溪市数据资源管理局|dept-budget|2025"]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['云溪市数据资源管理局', '部门预算', '2025']);
    // The file name, then the address it was read from.
    expect(cells.slice(5, 7)).toEqual(['sample-budget.html', server.url(GOV_HOST, '/sample/sample-budget.html')]);
    const cli = await cliSummary(SAMPLE_HTML);
    expect(cli, 'dlens check gives counts for this document').not.toBeNull();
    if (cli) expect(cells[3]).toContain(`✗ 错误 ${cli.fail}`);
    // "Open" goes back to the page itself (the overlay checks it there), not to the PDF viewer.
    expect(await row.locator('a', { hasText: '打开网页' }).getAttribute('href')).toBe(server.url(GOV_HOST, '/sample/sample-budget.html'));
    await lib.screenshot({ path: path.join(shots, '35-library-overlay-page.png'), fullPage: true });
    await lib.close();
  });

  it('a finding on the page can be marked, with a note; the mark survives a reload and goes into the export', async () => {
    const url = server.url(GOV_HOST, '/sample/sample-budget.html');
    const page = await open(url);
    await expect.poll(() => page.getAttribute('dlens-overlay', 'data-library'), { timeout: 10_000 }).toBe('stored');
    const panel = overlayOf(page);
    await expect.poll(() => panel.locator('.dl-root').getAttribute('data-marks'), { timeout: 10_000 }).toBe('0');
    const fail = panel.locator('.dl-finding.dl-s-fail').first();
    const id = await fail.getAttribute('data-finding');
    const sel = `.dl-finding[data-finding="${id}"]`;
    await panel.locator(`${sel} .dl-finding-head`).click();
    await panel.locator(`${sel} .dl-mark-controls [data-kind="confirmed"]`).click();
    await expect.poll(() => panel.locator('.dl-root').getAttribute('data-marks')).toBe('1');
    await panel.locator(`${sel} .dl-mark-note`).click();
    await page.keyboard.type('与财政局核对过');
    await page.keyboard.press('Enter');
    expect(await panel.locator(`${sel} .dl-mark-tag`).getAttribute('data-mark')).toBe('confirmed');
    expect(await panel.locator('.dl-mark-count[data-kind="confirmed"]').getAttribute('data-count')).toBe('1');
    await page.screenshot({ path: path.join(shots, '36-overlay-mark.png') });
    await page.close();

    const again = await open(url);
    const panel2 = overlayOf(again);
    await expect.poll(() => panel2.locator('.dl-root').getAttribute('data-marks'), { timeout: 10_000 }).toBe('1');
    expect(await panel2.locator(`${sel} .dl-mark-tag`).getAttribute('data-mark')).toBe('confirmed');
    const download = again.waitForEvent('download');
    await panel2.locator('.dl-export button', { hasText: 'JSON' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    const marked = exported.findings.filter((f: { mark?: { kind: string; note?: string } }) => f.mark);
    expect(marked.map((f: { id: string; mark: { kind: string; note?: string } }) => [f.id, f.mark.kind, f.mark.note])).toEqual([
      [id, 'confirmed', '与财政局核对过'],
    ]);
    // Taken back: nothing is marked, after a reload too.
    await panel2.locator(`${sel} .dl-finding-head`).click();
    await panel2.locator(`${sel} .dl-mark-controls [data-kind="confirmed"]`).click();
    await expect.poll(() => panel2.locator('.dl-root').getAttribute('data-marks')).toBe('0');
    await again.close();
    const third = await open(url);
    await expect.poll(() => overlayOf(third).locator('.dl-root').getAttribute('data-marks'), { timeout: 10_000 }).toBe('0');
    await third.close();
  });

  it('the same page on a non-government host is left untouched', async () => {
    const page = await open(server.url(OTHER_HOST, '/sample/sample-budget.html'));
    expect(await page.locator('dlens-overlay').count()).toBe(0);
    await page.close();
  });

  it('a NEG_ 政府信息公开目录 page gets nothing', async () => {
    const page = await open(server.url(GOV_HOST, '/corpus/cities-renwu/NEG_jn_gonganju_xxgk_index.html'));
    expect(await page.locator('dlens-overlay').count()).toBe(0);
    expect(await page.locator('[data-dlens-badge]').count()).toBe(0);
    await page.screenshot({ path: path.join(shots, '05-neg-untouched.png') });
    await page.close();
  });

  it('the engine and panel load only on a (possible) disclosure: a NEG_ page runs the small content script alone', async () => {
    // Every script parsed in the page's worlds (the extension's isolated world included), by address.
    async function scriptsOf(url: string) {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      const urls: string[] = [];
      cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
      await cdp.send('Debugger.enable');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      const overlay = await page.locator('dlens-overlay').count();
      await page.close();
      return { overlay, ext: urls.filter((u) => u.startsWith('chrome-extension://')).map((u) => new URL(u).pathname) };
    }
    const neg = await scriptsOf(server.url(GOV_HOST, '/corpus/cities-renwu/NEG_jn_gonganju_xxgk_index.html'));
    const sample = await scriptsOf(server.url(GOV_HOST, '/sample/sample-budget.html'));
    expect(neg.ext).toContain('/content-scripts/overlay.js');
    expect(neg.ext).not.toContain('/overlay-app.js');
    expect(neg.overlay).toBe(0);
    expect(sample.ext).toEqual(expect.arrayContaining(['/content-scripts/overlay.js', '/overlay-app.js']));
    expect(sample.overlay).toBe(1);
    // What every government page pays: the content script is a small fraction of the app it loads on demand.
    const size = (f: string) => statSync(path.join(CHROME_BUILD, f)).size;
    expect(size('content-scripts/overlay.js')).toBeLessThan(size('overlay-app.js') / 10);
  });

  it('a landing page gets "open in viewer" badges on its budget PDFs, and a badge opens the viewer', async () => {
    const page = await open(server.url(GOV_HOST, '/corpus/cities-renwu/cq_fagaiwei_2026_budget_landing.html'));
    const badges = page.locator('[data-dlens-badge]');
    expect(await badges.count()).toBeGreaterThanOrEqual(5);
    await badges.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, '06-landing-badges.png') });
    const opened = ctx.waitForEvent('page');
    await badges.first().click();
    const viewer = await opened;
    await viewer.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html?file=`), { timeout: 10_000 });
    expect(decodeURIComponent(viewer.url())).toContain('P020260302346748437806.pdf');
    await viewer.close();
    await page.close();
  });
});

describe('bad inputs (Chromium)', () => {
  // Issue 8: each bad input ends in an honest error, not a hang; the time is logged (a few seconds
  // on an idle machine) and the bound only catches a hang.
  const MAX_MS = 60_000;
  const BASE = 'cities-renwu/bj_xinfangban_2026_budget.pdf';
  const cases = [
    ['truncated', 'PDF 文件不完整（可能没有下载完），无法核对。', 'truncated'],
    ['corrupted', 'PDF 文件已损坏，无法可靠地读取其中的数字。', 'damaged'],
    ['empty', '文件是空的（0 字节），没有可以核对的内容。', 'empty'],
    ['random', '这不是 PDF 文件，无法核对。', 'not-pdf'],
  ] as const;
  let gen: Awaited<ReturnType<typeof badPdfs>>;
  beforeAll(async () => {
    gen = await badPdfs(BASE);
  });

  for (const [name, message, kind] of cases) {
    it(`a ${name} PDF: one clear line, no findings, within ${MAX_MS / 1000} s, the viewer still responds`, async () => {
      const { page, ms, state } = await openPdfInViewer(gen[name].replace(/^\/gen\//, ''), '/gen/');
      console.log(`[e2e] bad input ${name}: data-state=${state} in ${ms} ms`);
      expect(state).toBe('error');
      expect(ms).toBeLessThan(MAX_MS);
      const banner = page.locator('[data-banner="error"]');
      expect(await banner.count()).toBe(1);
      expect(await banner.getAttribute('data-error')).toBe(kind);
      // One line, then the next steps: open the original in the browser's viewer, or retry.
      const line = await banner.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelector('.dl-banner-next')?.remove();
        return copy.textContent;
      });
      expect(line).toBe(`无法读取这份文件 — ${message}`);
      expect(await banner.locator('.dl-banner-next a').getAttribute('href')).toContain('dlens-skip=1');
      expect(await banner.locator('.dl-banner-next button.dl-retry').count()).toBe(1);
      // Nothing is counted, least of all a pass; no panel, no page drawn from a half-read file.
      const attrs = await page.$eval('#dlens-viewer', (el) => el.getAttributeNames());
      expect(attrs.filter((a) => a.startsWith('data-count-'))).toEqual([]);
      expect(await page.locator('.dl-finding, .dl-aside, .dl-page').count()).toBe(0);
      await page.screenshot({ path: path.join(shots, `40-bad-${name}.png`) });
      // Responsive: the language switch rewords the banner at once.
      const t0 = Date.now();
      await page.locator('.dl-lang').click();
      await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toMatch(/^Could not read this document — /);
      console.log(`[e2e] bad input ${name}: banner reworded in ${Date.now() - t0} ms`);
      await page.locator('.dl-lang').click();
      await page.close();
    });
  }

  it('after the bad inputs, a good PDF still opens and is checked', async () => {
    const { page, state } = await openPdfInViewer(BASE);
    expect(state).toBe('done');
    expect((await viewerCounts(page)).pass).toBeGreaterThan(0);
    await page.close();
  });

  // The browser alone needs ~16 s (more on a busy machine) to parse 20 MB. The overlay's own share,
  // from DOMContentLoaded to its banner, is logged (a few hundred ms on an idle machine); the bound
  // only catches an overlay that tries to check the page instead of refusing it.
  it('a ~20 MB government page: the overlay says it is too large instead of checking it, and the page stays responsive', async () => {
    const big = await largeSamplePage(20);
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(server.url(GOV_HOST, big.url), { waitUntil: 'commit' });
    await page.waitForSelector('dlens-overlay[data-state]', { state: 'attached', timeout: 120_000 });
    const ms = Date.now() - t0;
    // The overlay's own share: from the page's DOMContentLoaded (the browser parsing 20 MB) to its banner.
    const own = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return Number(document.querySelector('dlens-overlay')!.getAttribute('data-ms')) - nav.domContentLoadedEventEnd;
    });
    console.log(
      `[e2e] bad input: ${(big.bytes / 1e6).toFixed(1)} MB page → overlay in ${ms} ms (${Math.round(own)} ms after DOMContentLoaded)`,
    );
    expect(own).toBeLessThan(60_000);
    const host = page.locator('dlens-overlay');
    expect(await host.getAttribute('data-state')).toBe('error');
    expect(await host.getAttribute('data-count-pass')).toBeNull();
    const banner = overlayOf(page).locator('[data-banner="error"]');
    expect(await banner.textContent()).toBe(
      `没有核对这个网页 — 网页太大（约 ${Math.round(big.bytes / 1e6)} MB），为避免页面卡顿没有核对。`,
    );
    expect(await overlayOf(page).locator('.dl-finding').count()).toBe(0);
    expect(await overlayOf(page).locator('.dl-box').count()).toBe(0);
    // Responsive: script answers, the page scrolls, the panel closes on a click.
    const t1 = Date.now();
    await page.evaluate(() => window.scrollTo(0, 5000));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await overlayOf(page).locator('.dl-side-head button', { hasText: '收起' }).click();
    await expect.poll(() => overlayOf(page).locator('.dl-fab').count(), { timeout: 10_000 }).toBe(1);
    console.log(`[e2e] scroll and collapse on the 20 MB page: ${Date.now() - t1} ms`);
    await overlayOf(page).locator('.dl-fab').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, '41-bad-large-page.png') });
    await page.close();
  }, 180_000);
});

describe('glossary (Chromium)', () => {
  // Brief: marking the terms of a ~30-page document takes ≤ 100 ms. That is measured by
  // `npm run measure:extension -- cities-renwu/hz_sifaju_2026_budget.pdf` (40 pages; a benchmark, not
  // a timed test); here the index is only required to exist.
  const GLOSSARY_PDF = 'putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf';

  it('hovering a marked term in the viewer shows its card, with the document’s own 名词解释', async () => {
    const { page } = await openPdfInViewer(GLOSSARY_PDF);
    const mark = page.locator('.dl-page[data-rendered="yes"] .dl-term-layer dl-term[data-entry="basic-expenditure"]').first();
    await expect.poll(() => mark.count(), { timeout: 20_000 }).toBe(1);
    // The whole document was indexed, within the budget.
    await expect.poll(() => page.getAttribute('#dlens-viewer', 'data-ms-glossary-index'), { timeout: 20_000 }).not.toBeNull();
    const indexMs = Number(await page.getAttribute('#dlens-viewer', 'data-ms-glossary-index'));
    const pageMs = Number(await page.getAttribute('#dlens-viewer', 'data-ms-glossary-page-max'));
    console.log(`[e2e] glossary: ${GLOSSARY_PDF} indexed in ${indexMs} ms; slowest page marked in ${pageMs} ms`);
    expect(indexMs).toBeGreaterThan(0);
    // The marks are a layer of their own: pdf.js's text layer holds none, and a mark's box lies
    // over the text layer's span that prints (a character of) the term.
    expect(await page.locator('.textLayer dl-term').count()).toBe(0);
    const under = await mark.evaluate((el) => {
      const m = el.getBoundingClientRect();
      const [x, y] = [(m.left + m.right) / 2, (m.top + m.bottom) / 2];
      return [...el.closest('.dl-page')!.querySelectorAll('.textLayer span')]
        .filter((s) => {
          const r = s.getBoundingClientRect();
          return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
        })
        .map((s) => s.textContent)
        .join('|');
    });
    expect(under).toMatch(/[基本支出]/);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('.dl-term-popover .dl-term-card[data-entry="basic-expenditure"]');
    await expect.poll(() => card.count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('基本支出');
    expect(text).toContain('人员经费'); // the reference definition
    expect(text).toMatch(/本文件的名词解释（第 7 页）.*基本支出预算/); // the document's own, from p. 7
    expect(text).toMatch(/第 2 页.*第 7 页/); // where else it appears
    await page.screenshot({ path: path.join(shots, '20-glossary-viewer.png') });
    // Keyboard: a mark is a tab stop; focusing it opens the card, Escape closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);
    await mark.focus();
    await expect.poll(() => card.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    // The panel's look-up finds a code with its 类 › 款 › 项 path.
    await page.fill('.dl-glossary-search', '2010301');
    const hit = page.locator('.dl-glossary-hits .dl-term-card[data-entry="code:2010301"]');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('.dl-term-path').textContent()).toMatch(/201 一般公共服务支出.*›.*20103.*›.*2010301 行政运行/);
    // The switch turns marking off, then back on.
    await page.locator('.dl-glossary-toggle input').uncheck();
    await expect.poll(() => page.locator('.dl-term-layer dl-term').count()).toBe(0);
    await page.locator('.dl-glossary-toggle input').check();
    await expect.poll(() => page.locator('.dl-term-layer dl-term').count()).toBeGreaterThan(0);
    // A code in the function table (p. 8): its card names 类 › 款 › 项; in English with the gloss.
    await page.locator('.dl-lang').click();
    await page.locator('.dl-page[data-page="8"]').scrollIntoViewIfNeeded();
    const code = page.locator('.dl-page[data-page="8"][data-rendered="yes"] dl-term[data-entry="code:2040601"]').first();
    await expect.poll(() => code.count(), { timeout: 15_000 }).toBe(1);
    await code.hover();
    const codeCard = page.locator('.dl-term-popover .dl-term-card[data-entry="code:2040601"]');
    await expect.poll(() => codeCard.count()).toBe(1);
    expect(await codeCard.locator('.dl-term-path').textContent()).toMatch(/204 公共安全支出.*›.*20406 司法.*›.*2040601 行政运行/);
    expect(await codeCard.locator('.dl-term-en').textContent()).toMatch(/administrative units/);
    await page.screenshot({ path: path.join(shots, '20b-glossary-viewer-code.png') });
    await page.locator('.dl-lang').click();
    await page.close();
  });

  it('hovering a marked term on the sample page shows its card; table cells stay unmarked', async () => {
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, '/sample/sample-budget.html'), { waitUntil: 'load' });
    // The switch is shared through storage.local: make sure an earlier case left it on.
    await overlayOf(page).locator('.dl-glossary-toggle input').check();
    const mark = page.locator('p dl-term[data-entry="basic-expenditure"]').first();
    await expect.poll(() => mark.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('table dl-term').count()).toBe(0);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = overlayOf(page).locator('.dl-term-popover .dl-term-card[data-entry="basic-expenditure"]');
    await expect.poll(() => card.count()).toBe(1);
    expect((await card.textContent()) ?? '').toContain('人员经费');
    await page.screenshot({ path: path.join(shots, '21-glossary-overlay.png') });
    await page.close();
  });
});

describe('local library and year over year (Chromium)', () => {
  // Jiangsu 人大常委会办公厅: 2017 and 2018 are each one PDF (2019 is split into text + tables).
  const PRIOR = 'jiangsu-open-budget/js_rendaban_2017_budget.pdf';
  const CURRENT = 'jiangsu-open-budget/js_rendaban_2018_budget.pdf';
  const yoyTab = '.dl-tab-yoy';

  it('two consecutive budgets opened one after the other: the second is compared with the first', async () => {
    const first = await openPdfInViewer(PRIOR);
    expect(first.state).toBe('done');
    // Stored in the library; nothing to compare with yet.
    await first.page.waitForSelector(`${yoyTab}[data-yoy-state="none"]`, { timeout: 20_000 });
    await first.page.close();

    const t0 = Date.now();
    const { page, state } = await openPdfInViewer(CURRENT);
    expect(state).toBe('done');
    await page.waitForSelector(`${yoyTab}[data-yoy-state="done"]`, { timeout: 30_000 });
    const ms = Date.now() - t0;
    const attrs = await page.$eval(yoyTab, (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    const at = (name: string) => page.getAttribute('#dlens-viewer', name).then(Number);
    const afterChecks = (await at('data-ms-yoy')) - (await at('data-ms-first-findings'));
    console.log(
      `[e2e] year over year: ${CURRENT} navigation → tab filled in ${ms} ms, ${afterChecks} ms after its own findings (${attrs['data-yoy-rows']} rows, ${attrs['data-yoy-findings']} C-findings)`,
    );
    expect(Number(attrs['data-yoy-rows'])).toBeGreaterThan(0);
    const cli = await cliWithPrior(path.join(CORPUS, CURRENT), path.join(CORPUS, PRIOR));
    expect(cli).not.toBeNull();
    expect(cli!.c['C1:pass']).toBeGreaterThan(0);
    expect(JSON.parse(attrs['data-yoy-counts'])).toEqual(cli!.c);
    // The counts of the whole panel include the cross-year findings, as `check --prior` does.
    expect(await viewerCounts(page)).toEqual(cli!.summary);

    // The tab: aligned rows with flags in words; a row scrolls to its number and flashes it.
    await page.locator(yoyTab).click();
    const rows = page.locator('.dl-yoy-row');
    expect(await rows.count()).toBe(Number(attrs['data-yoy-rows']));
    expect(await page.locator('.dl-yoy-row[data-yoy-flag="large"] .dl-yoy-flag').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, '30-yoy-tab.png') });
    await page.locator('.dl-yoy-row[data-yoy-flag="disappeared"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, '30b-yoy-appeared-disappeared.png') });
    const row = page.locator('.dl-yoy-row[data-yoy-key="expenditure:2010101"] .dl-yoy-go');
    await row.click();
    await expect.poll(() => page.locator('.dl-page[data-rendered="yes"] [data-yoy-mark]').count(), { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: path.join(shots, '31-yoy-row-flash.png') });

    // The C1 findings are listed among the others.
    await page.locator('.dl-tab', { hasText: '核对结果' }).click();
    await page.locator('.dl-tools input.dl-show-passes').check();
    expect(await page.locator('.dl-finding .dl-rule', { hasText: /^C1$/ }).count()).toBe(
      cli!.c['C1:pass'] + (cli!.c['C1:fail'] ?? 0) + (cli!.c['C1:unverifiable'] ?? 0) + (cli!.c['C1:rounding'] ?? 0),
    );
    await page.locator('.dl-finding .dl-rule', { hasText: /^C1$/ }).first().click();
    await page.screenshot({ path: path.join(shots, '32-yoy-c1-finding.png') });

    // In English the C-findings read as `check --prior --lang en` words them; the counts stay.
    const cliEn = await cliWithPrior(path.join(CORPUS, CURRENT), path.join(CORPUS, PRIOR), 'en');
    const c1 = page.locator('.dl-finding[data-finding="C1:1"]');
    expect(await c1.locator('.dl-msg').textContent()).toBe(cli!.messages.get('C1:1'));
    await c1.locator('.dl-finding-head').click();
    expect(await c1.locator('.dl-detail').textContent()).toMatch(/2018年预算 js_rendaban_2018_budget\.pdf 第\d+页：/);
    await page.locator('.dl-lang').click();
    await page.waitForSelector('#dlens-viewer[data-lang="en"]');
    await expect.poll(() => c1.locator('.dl-msg').textContent()).toBe(cliEn!.messages.get('C1:1'));
    expect(cliEn!.messages.get('C1:1')).toMatch(/the implied last-year figure/);
    for (const id of ['C1:2', 'C1:3'])
      expect(await page.locator(`.dl-finding[data-finding="${id}"] .dl-msg`).textContent()).toBe(cliEn!.messages.get(id));
    expect(await c1.locator('.dl-detail').textContent()).toMatch(/2018 budget js_rendaban_2018_budget\.pdf p\.\d+: /);
    expect(await viewerCounts(page)).toEqual(cliEn!.summary);
    expect(cliEn!.summary).toEqual(cli!.summary);
    expect(JSON.parse((await page.getAttribute(yoyTab, 'data-yoy-counts'))!)).toEqual(cli!.c);
    await page.screenshot({ path: path.join(shots, '32b-yoy-c1-finding-en.png') });
    await page.locator('.dl-lang').click();
    await page.waitForSelector('#dlens-viewer[data-lang="zh"]');
    await expect.poll(() => c1.locator('.dl-msg').textContent()).toBe(cli!.messages.get('C1:1'));
    await page.close();
  });

  it('with no prior the tab says so; a prior chosen by hand is compared, and automatic pairing comes back', async () => {
    const { page } = await openPdfInViewer(PRIOR);
    await page.waitForSelector(`${yoyTab}[data-yoy-state="none"]`, { timeout: 20_000 });
    await page.locator(yoyTab).click();
    expect(await page.locator('.dl-yoy .dl-empty').textContent()).toContain('没有可以对比的上年文件');
    await page.locator('.dl-lang').click();
    await page.screenshot({ path: path.join(shots, '34-yoy-none-en.png') });
    const choice = page.locator('.dl-yoy-choose select');
    const key = '江苏省人大常委会办公厅|dept-budget|2018';
    await choice.selectOption(key);
    await page.waitForSelector(`${yoyTab}[data-yoy-state="done"]`, { timeout: 20_000 });
    expect(await page.locator('.dl-yoy-head').textContent()).toContain('chosen by hand');
    expect(Number(await page.getAttribute(yoyTab, 'data-yoy-rows'))).toBeGreaterThan(0);
    // 2018 → 2017 are not consecutive years the right way round: no C-check applies.
    expect(await page.getAttribute(yoyTab, 'data-yoy-findings')).toBe('0');
    await choice.selectOption('');
    await page.waitForSelector(`${yoyTab}[data-yoy-state="none"]`, { timeout: 20_000 });
    await page.locator('.dl-lang').click();
    await page.close();
  });

  it('the library page lists both documents and exports them as one JSON file', async () => {
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${extId}/library.html`);
    await page.waitForSelector('.dl-library[data-entries]');
    expect(Number(await page.getAttribute('.dl-library', 'data-entries'))).toBeGreaterThanOrEqual(2);
    const row = page.locator('tr[data-key="江苏省人大常委会办公厅|dept-budget|2018"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('select option:checked').textContent()).toContain('2017');
    await page.screenshot({ path: path.join(shots, '33-library.png'), fullPage: true });
    const dl = page.waitForEvent('download');
    await page.locator('button', { hasText: '导出文件库' }).click();
    const file = JSON.parse(readFileSync((await (await dl).path())!, 'utf8'));
    expect(file.schema).toBe('dlens.library/1');
    expect(file.entries.map((e: { year: number }) => e.year)).toEqual(expect.arrayContaining([2017, 2018]));
    await page.close();
  });
});

describe('privacy (Chromium)', () => {
  it('no request left 127.0.0.1 during the run', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u) && !blockedByCsp.has(u))).toEqual([]);
  });

  it('ships no remote code and asks for no more than it needs', () => {
    const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
    expect(manifest.host_permissions.every((h: string) => h.includes('.gov.'))).toBe(true);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
    const viewer = readFileSync(path.join(CHROME_BUILD, 'viewer.html'), 'utf8');
    expect(viewer).not.toMatch(/<script[^>]+src=["']https?:/);
    const zip = path.join(CHROME_BUILD, '../disclosure-lens-0.1.0-chrome.zip');
    if (existsSync(zip)) console.log(`[e2e] chrome package ${(statSync(zip).size / 1024).toFixed(0)} KB`);
  });
});
