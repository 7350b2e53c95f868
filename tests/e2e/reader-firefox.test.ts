// The viewer as a reader and the page overlay in Firefox ESR (puppeteer-core over WebDriver BiDi):
// what viewer-reader.test.ts and overlay-layout.test.ts check in Chromium — print hands over the
// original's bytes, each zoom mode and the zoom keys, the view kept on reopen, find options, the
// finding box as a target and the "this page" filter, the overlay on w77 and its dock over no text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { copyFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  CORPUS,
  GEN_DIR,
  GOV_HOST,
  SHARED,
  cliSummary,
  launchFirefox,
  poll,
  readCounts,
  shotsDir,
  startServer,
  type LocalServer,
} from './harness';
import { firefoxTab, type ReviewTab } from './review-tab';
import { ClosedShadowFirefox } from './closed-shadow-firefox';
import { pageTextUnder } from './page-text-under';

/** 25 pages, fails on p. 21; no outline. */
const BUDGET = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
const W77 = path.join(SHARED, 'corpus/wide/w77_郑州_2015年郑州市国土资源局部门预算公开情况说明.html');
/** Writes DRG and DRGs, upper case only. */
const CASES = 'cities-renwu/xa_yibaoju_2022_budget.pdf';
const WIDTHS = [1024, 1440, 1920];
const VIEWER_TIMEOUT_MS = 90_000;
const STEP_MS = 20_000;
/** Each test opens one or two documents; generous, as the suite runs beside the unit tests. */
const TEST_MS = 300_000;

let server: LocalServer;
let browser: Browser;
let shots = '';

beforeAll(async () => {
  shots = await shotsDir();
  copyFileSync(W77, path.join(GEN_DIR, 'w77.html'));
  server = await startServer();
  browser = await launchFirefox(server);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A new tab on a corpus PDF, once the viewer is done and some page is drawn. */
async function open(rel: string, width = 1400): Promise<{ page: Page; tab: ReviewTab }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  // The redirect into the extension detaches the frame: goto never resolves cleanly.
  void page.goto(server.url(GOV_HOST, `/corpus/${rel}`)).catch(() => {});
  const tab = firefoxTab(page);
  const state = await poll(
    () => tab.attr('#dlens-viewer', 'data-state'),
    (s) => s === 'done' || s === 'error',
    VIEWER_TIMEOUT_MS,
  );
  expect(state).toBe('done');
  await tab.waitFor('.dl-page[data-rendered="yes"]', STEP_MS);
  return { page, tab };
}

/** `fn()` until it equals `want` (generous: the machine is busy), then the last value. */
const until = <T>(fn: () => Promise<T>, want: (v: T) => boolean) => poll(fn, want, STEP_MS);

/** Types a page number and Enter, once the view has settled (the toolbar shows the page in view:
 *  a zoom re-anchors the view on its page, and the toolbar follows the page in view). */
async function goTo(tab: ReviewTab, n: number): Promise<string | null> {
  const shown = () =>
    tab.evaluate(
      () => [
        (document.querySelector('.dl-page-input') as HTMLInputElement).value,
        document.querySelector('#dlens-viewer')!.getAttribute('data-page'),
      ],
      null,
    );
  await until(shown, ([input, page]) => input === page);
  await new Promise((r) => setTimeout(r, 500));
  await tab.fill('.dl-page-input', String(n));
  await tab.press('.dl-page-input', 'Enter');
  return until(
    () => tab.attr('#dlens-viewer', 'data-page'),
    (v) => v === String(n),
  );
}

/** Types a query into the find box; its count once the (debounced) find has settled: equal on two reads. */
function finder(tab: ReviewTab) {
  return async (q: string) => {
    await tab.fill('input[type="search"]', q);
    let last = '';
    const settled = await until(
      async () => {
        await new Promise((r) => setTimeout(r, 1000));
        const [v, prev] = [(await tab.text('.dl-find-count')) ?? '', last];
        last = v;
        return { v, stable: v !== '' && v === prev };
      },
      (x) => x.stable,
    );
    return settled.v;
  };
}

/** The hit count of a find's "3/12 处" (or "0 处"). */
const hits = (count: string) => Number(/\/(\d+)/.exec(count)?.[1] ?? /\d+/.exec(count)?.[0] ?? 0);

/** Turns a find option on or off, whatever it was (the options are kept between documents). */
async function findOption(tab: ReviewTab, key: 'matchCase' | 'wholeWord', on: boolean) {
  if ((await tab.attr(`.dl-find-${key}`, 'aria-pressed')) !== String(on)) await tab.click(`.dl-find-${key}`);
  expect(
    await until(
      () => tab.attr(`.dl-find-${key}`, 'aria-pressed'),
      (v) => v === String(on),
    ),
  ).toBe(String(on));
}

async function chord(page: Page, key: 'Equal' | 'Minus' | 'Digit0' | 'KeyP') {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

describe('viewer as a reader (Firefox ESR)', () => {
  it(
    'Ctrl+P and the print button print the original: Firefox’s own PDF viewer in a frame, holding the original’s bytes',
    async () => {
      const { page, tab } = await open(BUDGET);
      // Unlike headless Chromium (whose renderer crashes on print() in the plugin frame), headless
      // Firefox lets the frame load and print() return without a dialog: the frame runs for real.
      // Recorded: each print frame, whether its onload (focus + print) ran, and any fallback to a tab.
      await tab.evaluate(() => {
        const w = window as any;
        w.__print = { frames: [], opened: [] };
        window.open = ((u?: string | URL) => {
          w.__print.opened.push(String(u));
          return null;
        }) as typeof window.open;
        const append = document.body.append.bind(document.body);
        document.body.append = (...nodes: (Node | string)[]) => {
          for (const n of nodes) {
            if (!(n instanceof HTMLIFrameElement && 'printOriginal' in n.dataset)) continue;
            const entry = { src: n.src, printed: false, browserViewer: false };
            w.__print.frames.push(entry);
            const onload = n.onload;
            n.onload = (e) => {
              // The browser's PDF viewer has taken the frame: its document is not ours to read.
              entry.browserViewer = n.contentDocument === null;
              onload?.call(n, e);
              entry.printed = true;
            };
          }
          append(...nodes);
        };
      }, null);
      type Printed = { frames: { src: string; printed: boolean; browserViewer: boolean }[]; opened: string[] };
      const printed = () => tab.evaluate(() => (window as any).__print as Printed, null);
      await page.click('.dl-pages');
      await chord(page, 'KeyP');
      const first = await until(printed, (v) => v?.frames[0]?.printed === true);
      expect(first.frames[0]).toMatchObject({ printed: true, browserViewer: true });
      expect(first.opened, 'no fallback to a new tab: print() was accepted').toEqual([]);
      expect(first.frames[0].src).toMatch(/^blob:moz-extension:/);
      const bytes = await tab.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer())], first.frames[0].src);
      expect(sha256(Uint8Array.from(bytes))).toBe(sha256(readFileSync(path.join(CORPUS, BUDGET))));
      await page.screenshot({ path: path.join(shots, 'reader-ff-00-after-print.png') });
      // The print button does the same, in a fresh frame (the old one is removed).
      await tab.click('button.dl-print');
      const second = await until(printed, (v) => v?.frames[1]?.printed === true);
      expect(second.frames[1]).toMatchObject({ printed: true, browserViewer: true });
      expect(second.opened).toEqual([]);
      expect(await tab.count('iframe[data-print-original]')).toBe(1);
      await page.close();
    },
    TEST_MS,
  );

  it(
    'each zoom mode, a typed percentage, Ctrl+= / Ctrl+- / Ctrl+0; the page and zoom are kept on reopen',
    async () => {
      const { page, tab } = await open(BUDGET);
      const scale = () => tab.attr('#dlens-viewer', 'data-scale');
      expect(await goTo(tab, 12)).toBe('12');
      const room = await tab.evaluate(() => {
        const el = document.querySelector('.dl-pages')!;
        return { w: el.clientWidth, h: el.clientHeight };
      }, null);
      const box12 = () => tab.box('.dl-page[data-page="12"]');

      await page.select('.dl-zoom-mode', 'page-width');
      expect(
        await until(
          async () => Math.round((await box12()).width),
          (w) => w === room.w - 32,
        ),
      ).toBe(room.w - 32);
      await page.select('.dl-zoom-mode', 'page-fit');
      expect((await until(box12, (b) => b.height <= room.h)).height).toBeLessThanOrEqual(room.h);
      await page.select('.dl-zoom-mode', 'actual');
      expect(await until(scale, (v) => v === '1')).toBe('1');
      await page.select('.dl-zoom-mode', 'auto');
      const auto = await until(scale, (v) => v !== '1');
      expect(Number(auto)).toBeGreaterThan(0);
      await tab.fill('.dl-zoom-pct', '150');
      await tab.press('.dl-zoom-pct', 'Enter');
      expect(await until(scale, (v) => v === '1.5')).toBe('1.5');
      await page.screenshot({ path: path.join(shots, 'reader-ff-01-zoom-150.png') });

      await page.click('.dl-pages');
      await chord(page, 'Equal');
      expect(await until(scale, (v) => v === '1.75')).toBe('1.75');
      await chord(page, 'Minus');
      expect(await until(scale, (v) => v === '1.5')).toBe('1.5');
      await chord(page, 'Digit0');
      expect(await until(scale, (v) => v === auto)).toBe(auto);
      expect(await tab.inputValue('.dl-zoom-mode')).toBe('auto');
      // The zoom changes kept the reader on their page.
      expect(Number(await tab.attr('#dlens-viewer', 'data-page'))).toBeGreaterThanOrEqual(11);

      await page.select('.dl-zoom-mode', '1.25');
      expect(await until(scale, (v) => v === '1.25')).toBe('1.25');
      expect(await goTo(tab, 7)).toBe('7');
      await page.close();

      const again = await open(BUDGET);
      expect(
        await until(
          () => again.tab.attr('#dlens-viewer', 'data-scale'),
          (v) => v === '1.25',
        ),
      ).toBe('1.25');
      expect(
        await until(
          () => again.tab.attr('#dlens-viewer', 'data-page'),
          (v) => v === '7',
        ),
      ).toBe('7');
      await again.page.screenshot({ path: path.join(shots, 'reader-ff-02-reopened-p7-125.png') });
      await again.page.close();
    },
    TEST_MS,
  );

  it(
    'find: the count of hits; whole word and match case narrow them; “” found with straight quotes',
    async () => {
      const { page, tab } = await open(BUDGET);
      const find = finder(tab);
      expect(await find('"三公"经费')).toMatch(/^1\/\d+/);
      await page.screenshot({ path: path.join(shots, 'reader-ff-03-find-quotes.png') });
      // "0.00" is inside 10.00 and 120.00 too; as a whole word only the cells that print 0.00.
      await findOption(tab, 'wholeWord', false);
      await findOption(tab, 'matchCase', false);
      const all = hits(await find('0.00'));
      await findOption(tab, 'wholeWord', true);
      const whole = hits(await find('0.00'));
      console.log(`[e2e firefox] find "0.00": ${all} hits; whole word: ${whole}`);
      expect(whole).toBeGreaterThan(0);
      expect(whole).toBeLessThan(all);
      await page.close();

      // Latin letters in both cases: this budget writes DRG and DRGs (and no lower-case drg).
      const xa = await open(CASES);
      const xaFind = finder(xa.tab);
      await findOption(xa.tab, 'wholeWord', false);
      await findOption(xa.tab, 'matchCase', false);
      const anyCase = hits(await xaFind('drg'));
      await findOption(xa.tab, 'wholeWord', true);
      const wholeDrg = hits(await xaFind('drg'));
      await findOption(xa.tab, 'matchCase', true);
      const exact = hits(await xaFind('drg'));
      const exactUpper = hits(await xaFind('DRG'));
      console.log(`[e2e firefox] find "drg": ${anyCase} hits; whole word ${wholeDrg}; matching case ${exact}, "DRG" ${exactUpper}`);
      expect(anyCase).toBeGreaterThan(wholeDrg);
      expect(wholeDrg).toBeGreaterThan(0);
      expect(exact).toBe(0);
      expect(exactUpper).toBe(wholeDrg);
      await xa.page.screenshot({ path: path.join(shots, 'reader-ff-03b-find-match-case.png') });
      await xa.page.close();
    },
    TEST_MS,
  );

  it(
    'the finding box: its summary on hover, a click at its far end selects it; the "this page" filter',
    async () => {
      const { page, tab } = await open(BUDGET);
      await tab.evaluate(() => document.querySelector('.dl-box:not(.dl-yoy-mark)')!.scrollIntoView({ block: 'center' }), null);
      const id = (await tab.attr('.dl-box:not(.dl-yoy-mark)', 'data-finding'))!;
      const sel = `.dl-box[data-finding="${id}"]`;
      const r = await tab.box(sel);
      const x = r.x + r.width - 3;
      const y = r.y + r.height / 2;
      await tab.mouse.move(x, y);
      // What the pointer is over there carries the finding's one-line summary as its tooltip.
      const hovered = await tab.evaluate(
        ([px, py]) => {
          const el = document.elementFromPoint(px, py)?.closest('[title]');
          return { finding: el?.getAttribute('data-finding') ?? null, title: el?.getAttribute('title') ?? '' };
        },
        [x, y] as const,
      );
      expect(hovered.finding).toBe(id);
      expect(hovered.title).toMatch(/^\S+ · [A-Z]\d+: /);
      await tab.mouse.click(x, y);
      expect(
        await until(
          () => tab.attr('.dl-finding.dl-selected', 'data-finding'),
          (v) => v === id,
        ),
      ).toBe(id);
      await page.screenshot({ path: path.join(shots, 'reader-ff-04-box-selected.png') });

      const onPage = await tab.attr('#dlens-viewer', 'data-page');
      const before = await tab.count('.dl-finding');
      await tab.click('.dl-this-page input');
      const after = await until(
        () => tab.count('.dl-finding'),
        (n) => n < before,
      );
      expect(after).toBeLessThan(before);
      expect(after).toBeGreaterThan(0);
      expect(await tab.count(`.dl-finding[data-finding="${id}"]`)).toBe(1);
      expect(await tab.text('.dl-this-page')).toContain(String(onPage));
      await page.screenshot({ path: path.join(shots, 'reader-ff-05-this-page.png') });
      await tab.click('.dl-this-page input');
      expect(
        await until(
          () => tab.count('.dl-finding'),
          (n) => n === before,
        ),
      ).toBe(before);
      await page.close();
    },
    TEST_MS,
  );
});

/** The overlay's docked part (open panel or slim bar) as [left, top, right, bottom]. */
async function dockRect(shadow: ClosedShadowFirefox): Promise<{ open: boolean; rect: number[] }> {
  return shadow.evaluateAll('.dl-side, .dl-fab', (els) => {
    const el = els.find((e) => e.matches('.dl-side')) ?? els[0];
    const r = el.getBoundingClientRect();
    return { open: el.matches('.dl-side'), rect: [r.left, r.top, r.right, r.bottom] };
  });
}

/** Rectangles of the page's own visible text that meet `rect`, at the current scroll. */
function textUnder(page: Page, rect: number[]): Promise<string[]> {
  return page.evaluate(pageTextUnder, rect);
}

async function openOverlay(width: number, p: string): Promise<{ page: Page; shadow: ClosedShadowFirefox }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(server.url(GOV_HOST, p));
  const shadow = new ClosedShadowFirefox(browser, page);
  await poll(
    () => shadow.evaluateAll('.dl-side, .dl-fab', (els) => els.length),
    (n) => (n ?? 0) > 0,
    STEP_MS,
  );
  return { page, shadow };
}

describe('page overlay (Firefox ESR)', () => {
  it(
    'w77, a disclosure published as an article, gets the overlay with the CLI’s counts and a badge',
    async () => {
      const { page } = await openOverlay(1440, '/gen/w77.html');
      const a = await poll(
        () =>
          page.evaluate(() => Object.fromEntries([...document.querySelector('dlens-overlay')!.attributes].map((x) => [x.name, x.value]))),
        (v) => v?.['data-state'] === 'done' || v?.['data-state'] === 'error',
        STEP_MS,
      );
      expect(a['data-state']).toBe('done');
      const cli = await cliSummary(W77);
      expect(cli).not.toBeNull();
      expect(readCounts(a)).toEqual(cli);
      expect(await page.evaluate(() => document.querySelectorAll('[data-dlens-badge]').length)).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: path.join(shots, 'reader-ff-60-overlay-w77.png') });
      await page.close();
    },
    TEST_MS,
  );

  for (const [name, p] of [
    ['w77 (real government page)', '/gen/w77.html'],
    ['the sample page', '/sample/sample-budget.html'],
  ] as const) {
    it(
      `${name}: docked beside the page or a slim bar, over no text, at ${WIDTHS.join(', ')} px`,
      async () => {
        for (const width of WIDTHS) {
          const { page, shadow } = await openOverlay(width, p);
          const { open, rect } = await dockRect(shadow);
          expect(open, `panel open at ${width} px`).toBe(width >= 1100);
          const scrollbar = await page.evaluate(() => innerWidth - document.documentElement.clientWidth);
          expect(rect[2]).toBeCloseTo(width - scrollbar, 0);
          for (const y of [0, 0.5]) {
            await page.evaluate((f) => scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), y);
            expect(
              await textUnder(page, rect),
              `text under the ${open ? 'panel' : 'slim bar'} at ${width} px, scrolled ${y * 100}%`,
            ).toEqual([]);
          }
          // The other state covers nothing either (the overlay takes the reader's own clicks only).
          const target = await shadow.evaluateAll(open ? '.dl-side-head button' : '.dl-fab', (els) => {
            const el = els.find((e) => e.matches('.dl-fab') || e.textContent?.includes('收起'));
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          });
          expect(target).not.toBeNull();
          await page.mouse.click(target!.x, target!.y);
          const other = await poll(
            () => dockRect(shadow),
            (d) => d?.open === !open,
            STEP_MS,
          );
          expect(other.open).toBe(!open);
          await page.evaluate(() => scrollTo(0, 0));
          expect(await textUnder(page, other.rect)).toEqual([]);
          await page.screenshot({ path: path.join(shots, `reader-ff-61-dock-${path.basename(p, '.html')}-${width}.png`) });
          await page.close();
        }
      },
      TEST_MS,
    );
  }
});
