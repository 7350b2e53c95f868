// Debian Chromium with the built extension (.output/chrome-mv3) on a fresh profile, for the scripts
// that drive the real UI (e2e-measure, e2e-sweep, usability-pass): `HOST` resolves to 127.0.0.1 and
// nothing else resolves; resolves once the background has registered its PDF redirect rules.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const HOST = 'budget.example.gov.cn';
const BUILD = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

/** → { ctx, id (the extension's host), close() } */
export async function launchExtensionChromium(name, options = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), `dlens-${name}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.DLENS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: [
      `--disable-extensions-except=${BUILD}`,
      `--load-extension=${BUILD}`,
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      '--no-sandbox',
      '--disable-gpu',
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  for (let i = 0; i < 100; i++) {
    if ((await sw.evaluate(async () => (await globalThis.chrome.declarativeNetRequest.getDynamicRules()).length)) > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const close = async () => {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { ctx, id: new URL(sw.url()).host, close };
}
