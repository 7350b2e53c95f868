// PDF interception and opening the viewer. No parsing here.
// Chrome: declarativeNetRequest rules on the content-type response header (feature-probed).
// Firefox: blocking webRequest. Both: a context menu, the toolbar button, and a message from
// the document_start fallback detector (pdf-detect.content.ts).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SKIP_MARKER, VIEWER_PATH, dnrSubstitution, viewerHref, isPdfResponse } from '../lib/extension';
import { isGovUrl } from '../lib/extension/gov-matches';
import { OVERLAY_APP_SCRIPT, isLoadOverlayApp } from '../lib/extension/overlay-app';
import { parsePageMarks, type PageMarksMessage, type PageMarksReply } from '../lib/extension/page-marks';
import { deleteMark, getMarks, putMark } from '../components/library/marks-db';
import { pageEntry, pairingsFor, parsePageChecked, sameAddress, type LibraryMeta, type PageCheckedReply } from '../lib/extension/library';
import { OPEN_LIBRARY, parseOpenPrior, type PagePrior } from '../lib/extension/page-yoy';
import { entryPageHref } from '../lib/extension/library-list';
import { announceChange, getEntry, listEntries, putEntry } from '../components/library/db';
import { LIBRARY_PATH } from '../components/library/strings';
import { launchKey } from '../components/launch-key';
import { isSiteOff } from '../lib/extension/site-switch';
import { onSitesOffChange, readSitesOff } from '../components/site-switch';

const RULE_IDS = { skip: 1, pdf: 2, octetPdf: 3, sitesOff: 4 } as const;
const PROBE_RULE_ID = 999;
const SESSION_FLAG = 'dnrRegistered';
const MENU = { link: 'dlens-open-link', page: 'dlens-open-page', library: 'dlens-open-library' } as const;

const viewerBase = () => browser.runtime.getURL(VIEWER_PATH as '/viewer.html');
/** The viewer for `docUrl`, with this session's launch key (the viewer trusts only such addresses). */
const viewerFor = async (docUrl: string) => viewerHref(viewerBase(), docUrl, await launchKey());
const isZh = () => browser.i18n.getUILanguage().toLowerCase().startsWith('zh');

export default defineBackground(() => {
  // Made now, so that extension pages (the library's links) find it before the first interception.
  void launchKey();
  if (import.meta.env.BROWSER === 'firefox') interceptWithWebRequest();
  else {
    void registerDnrRules();
    // The reader switched a site off or back on (viewer toolbar, library page): the allow rule follows.
    onSitesOffChange((sites) => void updateSitesOffRule(sites));
  }

  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.library) {
      void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH as '/library.html') });
      return;
    }
    const url = info.menuItemId === MENU.link ? info.linkUrl : (info.pageUrl ?? tab?.url);
    if (url) void viewerFor(url).then((v) => browser.tabs.create({ url: v, index: tab ? tab.index + 1 : undefined }));
  });
  // Toolbar button: the current PDF if the tab shows one we may read, else an empty viewer (file picker).
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
    const pdf = tab?.url && /^https?:.*\.pdf([?#]|$)/i.test(tab.url) ? tab.url : null;
    void (pdf ? viewerFor(pdf) : Promise.resolve(viewerBase())).then((url) =>
      browser.tabs.create({ url, index: tab ? tab.index + 1 : undefined }),
    );
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: PageCheckedReply) => void) => {
    // The overlay found a disclosure: its engine and panel run in that page's isolated world, never the page's.
    if (isLoadOverlayApp(msg)) {
      if (!fromOurOverlay(sender) || sender.tab?.id == null) {
        sendResponse({ ok: false, error: 'refused: not sent by the page overlay' });
        return;
      }
      browser.scripting
        .executeScript({ target: { tabId: sender.tab.id, frameIds: [0] }, files: [OVERLAY_APP_SCRIPT as '/overlay-app.js'] })
        .then(() => sendResponse({ ok: true }))
        .catch((err: unknown) => sendResponse({ ok: false, error: String((err as Error)?.message ?? err) }));
      return true; // answered asynchronously
    }
    // The reader's marks on a web page's findings: kept under that page's own library entry.
    const marks = parsePageMarks(msg);
    if (marks) {
      if (!fromOurOverlay(sender)) {
        sendResponse({ ok: false, error: 'refused: not sent by the page overlay' } as never);
        return;
      }
      pageMarks(sender.url!, marks).then(sendResponse as (r: PageMarksReply) => void);
      return true; // answered asynchronously
    }
    // A web page checked by the page overlay: stored in the extension's library (IndexedDB here).
    const page = parsePageChecked(msg);
    if (page) {
      if (!fromOurOverlay(sender) || !sameAddress(page.url, sender.url)) {
        sendResponse({ ok: false, error: 'refused: not sent by the page overlay of this page' });
        return;
      }
      const entry = pageEntry(page);
      putEntry(entry)
        .then(async (key) => {
          announceChange();
          sendResponse({ ok: true, key, ...(await priorsOf(key)) });
        })
        .catch((err: unknown) => sendResponse({ ok: false, error: String((err as Error)?.message ?? err) }));
      return true; // answered asynchronously
    }
    // The overlay's year-over-year tab: a prior's page, or the library page, in a new tab.
    const openPrior = parseOpenPrior(msg);
    if (openPrior && fromOurOverlay(sender)) void openPriorOf(sender.url!, openPrior.key, openPrior.page);
    if ((msg as { type?: string })?.type === OPEN_LIBRARY && fromOurOverlay(sender))
      void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH as '/library.html') });
    const m = msg as { type?: string; url?: string };
    if (m?.type === 'open-viewer' && m.url && sender.tab?.id != null) {
      // The fallback detector: not for a site the reader switched off.
      const tabId = sender.tab.id;
      const url = m.url;
      void readSitesOff().then(async (off) => {
        if (!isSiteOff(url, off)) await browser.tabs.update(tabId, { url: await viewerFor(url) });
      });
    }
    if (m?.type === 'open-viewer-new-tab' && m.url) {
      void viewerFor(m.url).then((url) => browser.tabs.create({ url }));
    }
  });
});

/** A stored page's entry and its priors, with the priors' models (the overlay compares them). */
async function priorsOf(key: string): Promise<{ entry?: LibraryMeta; priors: PagePrior[] }> {
  const metas = await listEntries();
  const entry = metas.find((m) => m.key === key);
  if (!entry) return { priors: [] };
  const priors: PagePrior[] = [];
  for (const pairing of pairingsFor(entry, metas)) {
    const prior = await getEntry(pairing.prior.key);
    if (prior) priors.push({ pairing, model: prior.model });
  }
  return { entry, priors };
}

/** Reads or changes the marks of the sender's own page (its library entry, found by its address). */
async function pageMarks(pageUrl: string, msg: PageMarksMessage): Promise<PageMarksReply> {
  try {
    const own = (await listEntries()).find((m) => m.format === 'html' && !!m.sourceUrl && sameAddress(m.sourceUrl, pageUrl));
    if (!own) return { ok: false, error: 'this page is not in the library' };
    if (msg.op === 'put') await putMark(own.key, msg.mark);
    if (msg.op === 'delete') await deleteMark(own.key, msg.key);
    return { ok: true, marks: await getMarks(own.key) };
  } catch (err) {
    return { ok: false, error: String((err as Error)?.message ?? err) };
  }
}

/** Opens a prior of the sender's own page (only one of its priors: the overlay names no other entry). */
async function openPriorOf(pageUrl: string, key: string, page: number | null) {
  const metas = await listEntries();
  const own = metas.find((m) => m.format === 'html' && !!m.sourceUrl && sameAddress(m.sourceUrl, pageUrl));
  const prior = own && pairingsFor(own, metas).find((p) => p.prior.key === key)?.prior;
  const href = prior && entryPageHref(viewerBase(), prior, page, await launchKey());
  if (href) await browser.tabs.create({ url: href });
}

/** Only our own content script: a message from this extension (web pages cannot send to it
 *  without externally_connectable), from the top frame of a tab showing a government page —
 *  not from an extension page (those have our own URL). */
function fromOurOverlay(sender: { id?: string; url?: string; tab?: unknown; frameId?: number }): boolean {
  return sender.id === browser.runtime.id && !!sender.tab && sender.frameId === 0 && isGovUrl(sender.url);
}

function createMenus() {
  const zh = isZh();
  browser.contextMenus.create({
    id: MENU.link,
    title: zh ? '用 Disclosure Lens 打开链接' : 'Open link in Disclosure Lens',
    contexts: ['link'],
  });
  browser.contextMenus.create({
    id: MENU.page,
    title: zh ? '用 Disclosure Lens 打开此文档' : 'Open this document in Disclosure Lens',
    contexts: ['page'],
  });
  // The toolbar button's own menu: the local library of checked documents.
  browser.contextMenus.create({
    id: MENU.library,
    title: zh ? '打开本地文件库' : 'Open the local library',
    contexts: [import.meta.env.BROWSER === 'firefox' ? 'browser_action' : 'action'] as never,
  });
}

/** Chrome 121–127 accept `responseHeaders` but ignore it, which would redirect every page:
 *  a build that really supports it rejects an empty list (w3c/webextensions#638, as pdf.js does). */
async function supportsResponseHeaderRules(): Promise<boolean> {
  const dnr = browser.declarativeNetRequest;
  try {
    await dnr.updateSessionRules({
      addRules: [{ id: PROBE_RULE_ID, priority: 1, action: { type: 'allow' }, condition: { responseHeaders: [] } as never }],
    });
    await dnr.updateSessionRules({ removeRuleIds: [PROBE_RULE_ID] });
    return false;
  } catch {
    return true;
  }
}

async function registerDnrRules() {
  const dnr = browser.declarativeNetRequest;
  if (!dnr) return;
  const done = await browser.storage.session.get(SESSION_FLAG);
  if (done[SESSION_FLAG]) return;
  const old = await dnr.getDynamicRules();
  await dnr.updateDynamicRules({ removeRuleIds: old.map((r) => r.id) });
  if (await supportsResponseHeaderRules()) {
    const redirect = { type: 'redirect', redirect: { regexSubstitution: dnrSubstitution(viewerBase(), await launchKey()) } } as const;
    const frames = ['main_frame', 'sub_frame'] as never;
    await dnr.updateDynamicRules({
      addRules: [
        { id: RULE_IDS.skip, priority: 3, action: { type: 'allow' }, condition: { urlFilter: SKIP_MARKER, resourceTypes: frames } },
        {
          id: RULE_IDS.pdf,
          priority: 2,
          action: redirect,
          condition: {
            regexFilter: '^https?://.*$',
            resourceTypes: frames,
            excludedRequestMethods: ['post'],
            responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
          } as never,
        },
        ...sitesOffRules(await readSitesOff()),
        {
          id: RULE_IDS.octetPdf,
          priority: 1,
          action: redirect,
          condition: {
            regexFilter: '^https?://[^?#]*\\.pdf([?#].*)?$',
            isUrlFilterCaseSensitive: false,
            resourceTypes: frames,
            excludedRequestMethods: ['post'],
            responseHeaders: [{ header: 'content-type', values: ['application/octet-stream', 'application/octet-stream;*'] }],
          } as never,
        },
      ] as never,
    });
  }
  await browser.storage.session.set({ [SESSION_FLAG]: true });
}

/** The sites the reader switched off: an allow rule above the redirects (requestDomains covers
 *  subdomains too, as isSiteOff does); none when the list is empty (DNR refuses an empty list). */
function sitesOffRules(sites: string[]) {
  const frames = ['main_frame', 'sub_frame'] as never;
  return sites.length
    ? [{ id: RULE_IDS.sitesOff, priority: 3, action: { type: 'allow' }, condition: { requestDomains: sites, resourceTypes: frames } }]
    : [];
}

async function updateSitesOffRule(sites: string[]) {
  const dnr = browser.declarativeNetRequest;
  if (!dnr) return;
  const rules = await dnr.getDynamicRules();
  // Only where the redirects are registered (a browser without response-header rules has none).
  if (!rules.some((r) => r.id === RULE_IDS.pdf)) return;
  await dnr.updateDynamicRules({ removeRuleIds: [RULE_IDS.sitesOff], addRules: sitesOffRules(sites) as never });
}

function interceptWithWebRequest() {
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      if (details.method !== 'GET' || details.url.includes(SKIP_MARKER)) return;
      const header = (name: string) => details.responseHeaders?.find((h) => h.name.toLowerCase() === name)?.value ?? '';
      if (!isPdfResponse(details.url, header('content-type'), header('content-disposition'))) return;
      // Firefox waits for a blocking listener's promise.
      return readSitesOff().then((off) =>
        isSiteOff(details.url, off) ? {} : viewerFor(details.url).then((redirectUrl) => ({ redirectUrl })),
      ) as never;
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame'] },
    ['blocking', 'responseHeaders'],
  );
}
