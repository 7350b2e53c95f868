// The per-site switch "don't open PDFs from this site in Disclosure Lens", in extension storage
// (storage.local, which web pages cannot reach). Written only by the extension's own pages (the
// viewer's toolbar, the library page), on the reader's trusted click; read by the background,
// which stops intercepting PDFs of those sites (lib/extension/site-switch.ts says which).
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/rules';
import { SITES_OFF_KEY, parseSitesOff, withSite } from '../lib/extension/site-switch';

export async function readSitesOff(): Promise<string[]> {
  try {
    return parseSitesOff((await browser.storage.local.get(SITES_OFF_KEY))[SITES_OFF_KEY]);
  } catch {
    return [];
  }
}

/** Switches `site` off (PDFs open in the browser's own viewer) or back on. */
export async function setSiteOff(site: string, off: boolean): Promise<string[]> {
  const next = withSite(await readSitesOff(), site, off);
  await browser.storage.local.set({ [SITES_OFF_KEY]: next });
  return next;
}

/** Calls `fn` with the new list whenever it changes (in any extension page or the background). */
export function onSitesOffChange(fn: (sites: string[]) => void): () => void {
  const h = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SITES_OFF_KEY in changes) fn(parseSitesOff(changes[SITES_OFF_KEY].newValue));
  };
  browser.storage.onChanged.addListener(h);
  return () => browser.storage.onChanged.removeListener(h);
}

/** Whether a click may change the switch: the reader's own (not a script's), in a top-level page
 *  (not the viewer framed by some site, where a click could be lured). */
export const trustedClick = (e: Event): boolean => e.isTrusted && window.top === window;

const STRINGS = {
  zh: {
    off: '不再用本插件打开此网站的 PDF',
    offShort: '此网站不再拦截',
    offTitle: (site: string) => `以后 ${site} 的 PDF 直接用浏览器自带的阅读器打开（可在文件库页面撤销）`,
    isOff: (site: string) => `${site} 的 PDF 已不再用本插件打开`,
    undo: '撤销',
    undoTitle: (site: string) => `恢复：${site} 的 PDF 再用 Disclosure Lens 打开`,
    sitesTitle: '不用本插件打开 PDF 的网站',
    sitesNone: '（无：所有政府网站的 PDF 都在本插件中打开）',
    restore: '恢复',
  },
  en: {
    off: 'Don’t open PDFs from this site in Disclosure Lens',
    offShort: 'Not for this site',
    offTitle: (site: string) => `From now on PDFs from ${site} open in the browser’s own viewer (undo on the library page)`,
    isOff: (site: string) => `PDFs from ${site} no longer open in Disclosure Lens`,
    undo: 'Undo',
    undoTitle: (site: string) => `Undo: open PDFs from ${site} in Disclosure Lens again`,
    sitesTitle: 'Sites whose PDFs do not open in Disclosure Lens',
    sitesNone: '(none: PDFs from every government site open in Disclosure Lens)',
    restore: 'Open in Disclosure Lens again',
  },
};

export const siteSwitchStrings = (lang: Lang) => STRINGS[lang];
