// Issue 18's attack suite, in Chromium with the built extension: a hostile page (script run in
// the page's main world, as its own script would be) beside government-like hosts on 127.0.0.1.
// One case per row A–I of the issue (D, the flate bomb, is a CLI case:
// tests/robustness/flate-bomb.test.ts; C and E also have CLI-side cases in tests/robustness/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CORPUS,
  GEN_DIR,
  GOV_HOST,
  LOCAL_HOSTS,
  OTHER_HOST,
  launchChromium,
  startServer,
  type ExtensionBrowser,
  type LocalServer,
} from './harness';
import { overlayOf } from './closed-shadow';

/** A second government-like host: the forger's. */
const FORGED_HOST = 'forged.example.gov.cn';
const HOST_RULES = `MAP ${GOV_HOST} 127.0.0.1, MAP ${FORGED_HOST} 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;
const PRIOR = 'jiangsu-open-budget/js_rendaban_2017_budget.pdf';
const CURRENT = 'jiangsu-open-budget/js_rendaban_2018_budget.pdf';
/** What the A cases try to make the viewer fetch (not a document the B case pairs). */
const A_DOC = 'cities-renwu/bj_xinfangban_2026_budget.pdf';
const SETTLE_MS = 3000;

let server: LocalServer;
let browser: ExtensionBrowser;
let ctx: BrowserContext;
let sw: Worker;
let extId = '';

beforeAll(async () => {
  LOCAL_HOSTS.add(FORGED_HOST);
  server = await startServer();
  browser = await launchChromium({ profilePrefix: 'dlens-attacks-', hostRules: HOST_RULES });
  ({ ctx, sw, extId } = browser);
  // The reader is signed in on the government site.
  await ctx.addCookies([{ name: 'session', value: 'reader-secret', domain: GOV_HOST, path: '/' }]);
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

const viewerUrl = (doc: string, extra = '') => `chrome-extension://${extId}/viewer.html?file=${encodeURIComponent(doc)}${extra}`;
/** Requests the server saw whose address contains `marker`. */
const seen = (marker: string) => server.seen.filter((u) => u.includes(marker));

/** A page on a non-government host whose script is the attacker. */
async function hostilePage(): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url(OTHER_HOST, '/sample/sample-budget.html'), { waitUntil: 'load' });
  return page;
}

async function libraryKeys(): Promise<string[]> {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extId}/library.html`);
  await page.waitForSelector('.dl-library[data-entries]');
  const keys = await page.locator('tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
  await page.close();
  return keys;
}

/** Opens `/corpus/<rel>` (or any served path starting with /) as a reader would: the extension intercepts it. */
async function openIntercepted(host: string, rel: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.url(host, rel.startsWith('/') ? rel : `/corpus/${rel}`), { waitUntil: 'commit' }).catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(`chrome-extension://${extId}/viewer.html`), { timeout: 15_000 });
  await page.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: 60_000 });
  return page;
}

/** Waits until the viewer stored its document (the year-over-year step ran), then closes it. */
async function storedThenClose(page: Page): Promise<void> {
  await page.waitForSelector('.dl-tab-yoy:is([data-yoy-state="none"], [data-yoy-state="done"])', { timeout: 30_000 });
  await page.close();
}

/** RFC 4180 fields, enough for what the extension writes. */
function csvFields(text: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== '') out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
  return out;
}

describe('issue 18 attacks (Chromium)', () => {
  it('A: a page that sends its tab to the viewer triggers no credentialed fetch and stores nothing', async () => {
    const before = await libraryKeys();
    const page = await hostilePage();
    const doc = server.url(GOV_HOST, `/corpus/${A_DOC}?attack=a1`);
    await page.evaluate((url) => {
      location.href = url;
    }, viewerUrl(doc));
    await page.waitForTimeout(SETTLE_MS);
    expect(seen('attack=a1')).toEqual([]);
    expect(await libraryKeys()).toEqual(before);
    await page.close();
  });

  it('A: a viewer opened without (or with a wrong) launch key fetches nothing until the reader clicks', async () => {
    const before = await libraryKeys();
    const page = await ctx.newPage();
    const doc = server.url(GOV_HOST, `/corpus/${A_DOC}?attack=a2`);
    await page.goto(viewerUrl(doc, '&k=guessed-key'));
    const banner = page.locator('[data-banner="launch"]');
    await banner.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(SETTLE_MS);
    expect(seen('attack=a2')).toEqual([]);
    expect(await libraryKeys()).toEqual(before);
    // A script's click on the button does nothing either.
    await banner.locator('button').evaluate((b) => (b as HTMLButtonElement).click());
    await page.waitForTimeout(1000);
    expect(seen('attack=a2')).toEqual([]);
    // The reader's own click loads it.
    await banner.locator('button').click();
    await page.waitForSelector('#dlens-viewer[data-state="done"]', { timeout: 60_000 });
    expect(seen('attack=a2').length).toBeGreaterThan(0);
    await page.close();
  });

  it('B: a forged prior from another government host is flagged, never silently replaces or is preferred to the real one', async () => {
    // The forger's "2017 budget" (other bytes than the real one) is stored first, from its own gov
    // host; then the reader opens the real 2018 budget.
    writeFileSync(path.join(GEN_DIR, 'forged-2017.pdf'), Buffer.concat([readFileSync(path.join(CORPUS, PRIOR)), Buffer.from('%forged\n')]));
    await storedThenClose(await openIntercepted(FORGED_HOST, '/gen/forged-2017.pdf'));
    const current = await openIntercepted(GOV_HOST, CURRENT);
    await current.waitForSelector('.dl-tab-yoy[data-yoy-state="done"]', { timeout: 30_000 });
    await current.locator('.dl-tab-yoy').click();
    const yoy = current.locator('.dl-yoy');
    expect(await yoy.getAttribute('data-yoy-prior-host')).toBe(`${FORGED_HOST}:${server.port}`);
    expect(await yoy.getAttribute('data-yoy-foreign')).toBe('true');
    expect(await current.locator('.dl-yoy-foreign').textContent()).toContain(FORGED_HOST);
    await current.close();
    // The real 2017 budget from the real site: kept beside the forged one, and preferred.
    await storedThenClose(await openIntercepted(GOV_HOST, PRIOR));
    const keys = (await libraryKeys()).filter((k) => k.includes('|2017'));
    expect(keys).toHaveLength(2);
    const again = await openIntercepted(GOV_HOST, CURRENT);
    await again.waitForSelector('.dl-tab-yoy[data-yoy-state="done"]', { timeout: 30_000 });
    await again.locator('.dl-tab-yoy').click();
    expect(await again.locator('.dl-yoy').getAttribute('data-yoy-prior-host')).toBe(`${GOV_HOST}:${server.port}`);
    expect(await again.locator('.dl-yoy').getAttribute('data-yoy-foreign')).toBe('false');
    await again.close();
  }, 180_000);

  it("C: the overlay's CSV export runs no formula: a finding's field that starts with - = + @ gets the ' prefix", async () => {
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, '/sample/sample-budget.html'), { waitUntil: 'load' });
    await page.waitForSelector('dlens-overlay[data-state="done"]', { state: 'attached', timeout: 15_000 });
    const dl = page.waitForEvent('download');
    await overlayOf(page).locator('.dl-export button', { hasText: 'CSV' }).click();
    const fields = csvFields(readFileSync((await (await dl).path())!, 'utf8'));
    // The sample's Y1 formula reads "-32.74 / (308.33 − (-32.74)) × 100 = …": a spreadsheet would run it.
    expect(fields.filter((f) => /^'[=+\-@]/.test(f)).length).toBeGreaterThan(0);
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(f))).toEqual([]);
    await page.close();
  });

  it('E: a hostile library file is refused in one line and changes nothing', async () => {
    const before = await libraryKeys();
    const lib = await ctx.newPage();
    await lib.goto(`chrome-extension://${extId}/library.html`);
    await lib.waitForSelector('.dl-library[data-entries]');
    const exported = {
      schema: 'dlens.library/1',
      exported: new Date().toISOString(),
      entries: [
        {
          key: 'ok|dept-budget|2024',
          kind: 'dept-budget',
          year: 2024,
          sourceName: 'a.pdf',
          checkedAt: '2026-01-01T00:00:00.000Z',
          summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
          findings: [],
          model: { source: { format: 'pdf' }, info: { kind: 'dept-budget' }, blocks: [], tables: [] },
        },
        {
          key: 'evil|dept-budget|2024',
          department: { toString: null },
          kind: 'dept-budget',
          year: 2024,
          sourceUrl: 'javascript:alert(1)',
          sourceName: 'b.pdf',
          checkedAt: '2026-01-01T00:00:00.000Z',
          summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
          findings: [],
          model: { source: { format: 'pdf' }, info: { kind: 'dept-budget' }, blocks: [], tables: [] },
        },
      ],
    };
    await lib.setInputFiles('input[type="file"]', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    const msg = lib.locator('.dl-lib-msg');
    await expect.poll(() => msg.textContent(), { timeout: 5_000 }).toMatch(/entry 2 \(evil\|dept-budget\|2024\) refused: department/);
    expect((await msg.textContent())!.split('\n')).toHaveLength(1);
    await lib.close();
    expect(await libraryKeys()).toEqual(before);
  });

  it('F: a page cannot tell the extension is installed by fetching its pages', async () => {
    const page = await hostilePage();
    const results = await page.evaluate(async (id) => {
      const probe = async (u: string) =>
        fetch(u).then(
          (r) => String(r.status),
          () => 'blocked',
        );
      return Promise.all(['viewer.html', 'manifest.json', 'library.html'].map((f) => probe(`chrome-extension://${id}/${f}`)));
    }, extId);
    expect(results).toEqual(['blocked', 'blocked', 'blocked']);
    await page.close();
  });

  it("G: the page's script can neither read nor remove the overlay's findings", async () => {
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, '/sample/sample-budget.html'), { waitUntil: 'load' });
    await page.waitForSelector('dlens-overlay[data-state="done"]', { state: 'attached', timeout: 15_000 });
    const fails = Number(await page.getAttribute('dlens-overlay', 'data-count-fail'));
    expect(fails).toBeGreaterThan(0);
    const panel = overlayOf(page);
    await expect.poll(() => panel.locator('.dl-finding.dl-s-fail').count()).toBe(fails);
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('dlens-overlay')!;
      const root = host.shadowRoot;
      const read = root ? [...root.querySelectorAll('.dl-finding.dl-s-fail')].map((e) => e.textContent) : [];
      root?.querySelectorAll('.dl-finding.dl-s-fail, .dl-box').forEach((e) => e.remove());
      host.remove(); // the whole panel
      return { root: root !== null, read: read.length, text: document.body.innerText.includes('错误') && read.length > 0 };
    });
    expect(seenByPage).toEqual({ root: false, read: 0, text: false });
    await page.waitForTimeout(500);
    expect(await page.locator('dlens-overlay').count()).toBe(1); // put back
    expect(await panel.locator('.dl-finding.dl-s-fail').count()).toBe(fails);
    // Events the page forges at the host never reach the panel's buttons.
    await page.evaluate(() =>
      document.querySelector('dlens-overlay')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
    );
    expect(await panel.locator('.dl-overlay').count()).toBe(1);
    await page.close();
  });

  it('H: a script clicking the "open in viewer" badges opens nothing', async () => {
    const page = await ctx.newPage();
    await page.goto(server.url(GOV_HOST, '/corpus/cities-renwu/cq_fagaiwei_2026_budget_landing.html'), { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-dlens-badge]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    const pagesBefore = ctx.pages().length;
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('[data-dlens-badge]').forEach((b) => b.click()));
    await page.waitForTimeout(SETTLE_MS);
    expect(ctx.pages().length).toBe(pagesBefore);
    await page.close();
  });

  it('I: when the permission check itself fails, the viewer asks instead of fetching', async () => {
    // Opened as the extension opens it (with this session's launch key, where there is one).
    const key = await sw.evaluate(
      async () => (await (globalThis as any).chrome.storage.session.get('launchKey')).launchKey as string | undefined,
    );
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      for (const ns of [(globalThis as any).chrome, (globalThis as any).browser]) {
        if (ns?.permissions) ns.permissions.contains = () => Promise.reject(new Error('permissions API unavailable'));
      }
    });
    const doc = server.url(OTHER_HOST, `/corpus/${PRIOR}?attack=i`);
    await page.goto(viewerUrl(doc, key ? `&k=${key}` : ''));
    await page.waitForSelector('#dlens-viewer:not([data-state="loading"])', { timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('.dl-banner button', { hasText: /允许|Allow/ }).count()).toBe(1);
    expect(seen('attack=i')).toEqual([]);
    // The stub was in force in the viewer (else this case would prove nothing).
    expect(
      await page.evaluate(() =>
        (globalThis as any).chrome.permissions.contains({ origins: ['*://x.example/*'] }).then(
          () => 'resolved',
          () => 'rejected',
        ),
      ),
    ).toBe('rejected');
    await page.close();
  });
});
