// The per-session launch key (see lib/extension/viewer-url.ts). Made by the background and kept in
// storage.session, which only extension pages can read: not web pages, not content scripts.
import { browser } from 'wxt/browser';

const KEY = 'launchKey';
let made: Promise<string> | null = null;

/** The background's key for this browser session, made on first use. */
export function launchKey(): Promise<string> {
  return (made ??= (async () => {
    const stored = await storedLaunchKey();
    if (stored) return stored;
    const key = crypto.randomUUID();
    await browser.storage.session.set({ [KEY]: key });
    return key;
  })());
}

/** The key as stored (null before the background made one, or where storage.session is missing). */
export async function storedLaunchKey(): Promise<string | null> {
  try {
    const value = (await browser.storage.session.get(KEY))[KEY];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
