// One tab of the viewer as the reviewer's tests drive it, in Chromium (playwright) or Firefox
// (puppeteer over WebDriver BiDi): the same test bodies run in both. Firefox's BiDi has no download
// event, so there an export is caught at the temporary <a download> the viewer clicks
// (components/download.ts) and its blob read back: the same name and bytes the browser would save.
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { poll } from './harness';

export interface ReviewTab {
  browser: 'chromium' | 'firefox';
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  attr(selector: string, name: string): Promise<string | null>;
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  /** Waits until `selector` is in the page (or throws after `timeoutMs`). */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Focus and a key, as a keyboard user. */
  press(selector: string, key: string): Promise<void>;
  /** Types `text` into an empty input. */
  fill(selector: string, text: string): Promise<void>;
  inputValue(selector: string): Promise<string>;
  /** The element's box in the viewport (the mouse's coordinates). */
  box(selector: string): Promise<{ x: number; y: number; width: number; height: number }>;
  mouse: {
    move(x: number, y: number): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  /** Clicks an export button and returns the file it saves. */
  exported(selector: string): Promise<{ name: string; bytes: Buffer }>;
  screenshot(path: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

const DOWNLOAD_TIMEOUT_MS = 60_000;

/** Playwright's and puppeteer's mice move, press and click alike. */
const mouseOf = (m: {
  move(x: number, y: number): Promise<unknown>;
  down(): Promise<unknown>;
  up(): Promise<unknown>;
  click(x: number, y: number): Promise<unknown>;
}): ReviewTab['mouse'] => ({
  move: async (x, y) => void (await m.move(x, y)),
  down: async () => void (await m.down()),
  up: async () => void (await m.up()),
  click: async (x, y) => void (await m.click(x, y)),
});

/** What works the same through both drivers: everything read inside the page. */
function inPage(evaluate: ReviewTab['evaluate']) {
  return {
    evaluate,
    attr: (selector: string, name: string) =>
      evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const),
    text: (selector: string) => evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    texts: (selector: string) => evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector),
    count: (selector: string) => evaluate((s) => document.querySelectorAll(s).length, selector),
    inputValue: (selector: string) => evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, selector),
    box: (selector: string) =>
      evaluate((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, selector),
  };
}

export function chromiumTab(page: ChromiumPage): ReviewTab {
  const evaluate = ((fn: (a: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as ReviewTab['evaluate'];
  return {
    browser: 'chromium',
    ...inPage(evaluate),
    waitFor: async (s, timeout = 20_000) => void (await page.waitForSelector(s, { timeout, state: 'attached' })),
    click: (s) => page.click(s),
    press: async (s, key) => {
      await page.focus(s);
      await page.keyboard.press(key);
    },
    fill: (s, text) => page.fill(s, text),
    mouse: mouseOf(page.mouse),
    exported: async (s) => {
      const dl = page.waitForEvent('download', { timeout: DOWNLOAD_TIMEOUT_MS });
      await page.click(s);
      const d = await dl;
      return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

export function firefoxTab(page: FirefoxPage): ReviewTab {
  const evaluate = ((fn: (a: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as ReviewTab['evaluate'];
  const tab = inPage(evaluate);
  return {
    browser: 'firefox',
    ...tab,
    waitFor: async (s, timeout = 20_000) => {
      const found = await poll(
        () => tab.count(s),
        (n) => n > 0,
        timeout,
      );
      if (!found) throw new Error(`no ${s} after ${timeout} ms`);
    },
    click: async (s) => {
      await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), s);
      await page.click(s);
    },
    press: async (s, key) => {
      await page.focus(s);
      await page.keyboard.press(key as Parameters<FirefoxPage['keyboard']['press']>[0]);
    },
    // As playwright's fill: the value set and announced at once, so a re-render cannot land between keys.
    fill: async (s, text) => {
      await page.focus(s);
      await page.evaluate(
        (sel, value) => {
          const input = document.querySelector(sel) as HTMLInputElement;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        },
        s,
        text,
      );
    },
    mouse: mouseOf(page.mouse),
    exported: async (s) => {
      await page.evaluate(() => {
        const w = window as unknown as { __dlensSaved?: { name: string; href: string }[] };
        w.__dlensSaved = [];
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (this.download) w.__dlensSaved!.push({ name: this.download, href: this.href });
        };
      });
      await page.click(s);
      const saved = await page.evaluate(async (timeout) => {
        const w = window as unknown as { __dlensSaved: { name: string; href: string }[] };
        for (let t = 0; t < timeout && !w.__dlensSaved.length; t += 100) await new Promise((r) => setTimeout(r, 100));
        const got = w.__dlensSaved[0];
        if (!got) return null;
        const bytes = new Uint8Array(await (await fetch(got.href)).arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { name: got.name, base64: btoa(bin) };
      }, DOWNLOAD_TIMEOUT_MS);
      if (!saved) throw new Error(`${s} saved nothing`);
      return { name: saved.name, bytes: Buffer.from(saved.base64, 'base64') };
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    // BiDi reports the reload of an extension page late or never: the caller waits for the viewer.
    reload: async () => void (await page.reload({ timeout: 5_000 }).catch(() => {})),
    close: () => page.close(),
  };
}
