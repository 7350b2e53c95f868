// Page overlay on government sites. A disclosure page gets the checks run on its live DOM, with
// boxes over the numbers and the side panel in a shadow root; a landing page gets badges on its
// budget attachment links; any other page is left untouched.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GOV_MATCHES, budgetAttachments, classifyPage, hasDisclosureWording } from '../../lib/extension';
import { defaultLang, strings } from '../../components/i18n';
import { failedReport } from '../../components/engine-bridge';
import { loadOverlayApp, type OverlayApp } from './load-app';
import type { CheckReport } from '../../lib/report';
import type { DisclosureDocument } from '../../lib/model';
import { STATUSES, type Lang } from '../../lib/findings';
import { MAX_PAGE_MESSAGE_CHARS, PAGE_CHECKED, type PageCheckedMessage, type PageCheckedReply } from '../../lib/extension/library';
import { addBadges } from './badges';
// The panel's styles, for its shadow root (the panel itself comes with overlay-app.js).
import '../../components/panel.css';
import '../../components/glossary/glossary.css';
import '../../components/review/review.css';
import './overlay.css';

const HOST_NAME = 'dlens-overlay';
const MAX_RESTORES = 20;
/** Events the panel acts on: only the reader's own (isTrusted) reach its handlers. */
const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
];

function dropUntrusted(e: Event) {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}
/** A page counts as settled after this long without DOM changes, or at the latest after MAX. */
const QUIET_MS = 800;
const MAX_SETTLE_MS = 5000;
/** Pages above either limit are not checked: the check runs on the page's own thread, and a
 *  disclosure page is a few hundred KB (the sample: 61 KB, ~1,500 elements). */
const MAX_PAGE_ELEMENTS = 100_000;
const MAX_PAGE_TEXT_CHARS = 4_000_000;

/** The page's size in MB when it is too large to check here, else null (cheap: no layout). */
function tooLarge(): number | null {
  const elements = document.getElementsByTagName('*').length;
  const chars = elements > MAX_PAGE_ELEMENTS ? Infinity : (document.body?.textContent?.length ?? 0);
  if (elements <= MAX_PAGE_ELEMENTS && chars <= MAX_PAGE_TEXT_CHARS) return null;
  // The size as downloaded (decoded bytes); the text length where the browser does not say.
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const bytes = nav?.decodedBodySize || document.documentElement.outerHTML.length;
  return Math.max(1, Math.round(bytes / 1e6));
}

/** Hands a checked disclosure to the background for the local library (the page's own IndexedDB
 *  is the site's, not ours); resolves to the host attribute value that reports what happened. */
async function sendToLibrary(
  report: CheckReport,
  doc: DisclosureDocument,
): Promise<{ state: 'stored' | 'skipped' | 'failed'; error?: string; reply?: PageCheckedReply }> {
  if (report.error || doc.info.kind === 'other') return { state: 'skipped' };
  const msg: PageCheckedMessage = {
    type: PAGE_CHECKED,
    url: location.href,
    checkedAt: new Date().toISOString(),
    title: document.title,
    summary: report.summary,
    findings: report.findings,
    model: doc,
  };
  // Plain JSON data: Firefox structured-clones messages, and the HTML model's arrays carry an own
  // `push` wrapper (lib/html keeps document order with it) that cannot be cloned.
  const json = JSON.stringify(msg);
  if (json.length > MAX_PAGE_MESSAGE_CHARS) return { state: 'skipped', error: 'too large to send' };
  let error: string;
  try {
    const reply = (await browser.runtime.sendMessage(JSON.parse(json))) as PageCheckedReply | undefined;
    if (reply?.ok) return { state: 'stored', reply };
    error = reply?.error ?? 'no answer';
  } catch (err) {
    error = String((err as Error)?.message ?? err);
  }
  console.warn(`[dlens] library: ${error}`);
  return { state: 'failed', error };
}

function domSettled(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(done, QUIET_MS);
    const cap = setTimeout(done, MAX_SETTLE_MS);
    signal.addEventListener('abort', done);
  });
}

/** The engine's reading of the page (never throws: a failure is an honest error report). */
async function analyse(source: { path: string; format: 'html' }): Promise<{ report: CheckReport; model: DisclosureDocument | null }> {
  try {
    const { report, doc } = (await loadOverlayApp()).engine.analyzeHtmlWithModel(document, source);
    return { report, model: doc };
  } catch (err) {
    return { report: failedReport(source, err instanceof Error ? err.message : String(err)), model: null };
  }
}

/** What `dlens check` checks: a budget or final account that is not a blank template. */
function isDisclosure({ report, model }: { report: CheckReport; model: DisclosureDocument | null }): boolean {
  return !report.error && !!model && model.info.kind !== 'other' && !model.info.template;
}

export default defineContentScript({
  matches: GOV_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window.top !== window || document.contentType !== 'text/html') return;
    let kind = classifyPage(document, location.href);
    // Some portals fill the article in with script after load: look once more when it settles.
    if (kind === 'other') {
      await domSettled(ctx.signal);
      kind = classifyPage(document, location.href);
    }
    const source = { path: location.href, format: 'html' as const };
    // A page without amount tables may still be a disclosure by its text (a 情况说明 article with
    // its tables as attachments): the engine decides, as `dlens check` does.
    let analysed: { report: CheckReport; model: DisclosureDocument | null } | null = null;
    if (kind !== 'disclosure' && hasDisclosureWording(document) && tooLarge() === null) {
      const byText = await analyse(source);
      if (isDisclosure(byText)) {
        kind = 'disclosure';
        analysed = byText;
      }
    }
    if (kind === 'other') return;
    const lang = defaultLang(navigator.languages ?? [navigator.language]);
    // Analyse before mounting anything, so element paths refer to the page as published.
    let report: CheckReport | null = null;
    let model: DisclosureDocument | null = null;
    if (analysed) {
      ({ report, model } = analysed);
    } else if (kind === 'disclosure') {
      const mb = tooLarge();
      if (mb !== null) {
        report = {
          ...failedReport(source, `page too large: about ${mb} MB`),
          error: { kind: 'too-large', message: `page too large: about ${mb} MB` },
        };
      } else {
        ({ report, model } = await analyse(source));
      }
    }
    // Loaded by analyse() above when the page was read (null: it could not be, the report says so).
    const app: OverlayApp | null = await loadOverlayApp().catch(() => null);
    const t = strings(lang);
    // Not on a page too large to check: its links are not worth a walk on the page's thread.
    const attachments = report?.error?.kind === 'too-large' ? [] : budgetAttachments(document, location.href);
    if (attachments.length) addBadges(attachments, t.badge, t.appName);
    if (kind === 'landing' || !report) return;
    // The library's answer (the page's entry and its priors), for the year-over-year tab.
    let storedReply: (r: PageCheckedReply | null) => void = () => {};
    const stored = model ? new Promise<PageCheckedReply | null>((r) => (storedReply = r)) : null;
    const ui = await createShadowRootUi(ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Closed: the page's script gets null for host.shadowRoot and cannot read or remove the findings.
      mode: 'closed',
      onMount: (container) => {
        for (const type of GUARDED_EVENTS) container.addEventListener(type, dropUntrusted, true);
        // The page's findings in the other UI language: the rule step again on the model already
        // read (the page is not read again), on demand, when the reader switches the language.
        const recheck = model && app ? (lang: Lang) => app.engine.checkModel(model!, lang) : null;
        app?.mount(container, { report: report!, recheck, model, stored });
        return container;
      },
      onRemove: (container) => {
        if (container) app?.unmount(container);
      },
    });
    ui.mount();
    const host = ui.shadowHost;
    // A page script that detaches the panel gets it back (a few times: the page may keep trying).
    let restores = 0;
    new MutationObserver(() => {
      if (!host.isConnected && document.body && restores++ < MAX_RESTORES) document.body.append(host);
    }).observe(document.documentElement, { childList: true, subtree: true });
    host.setAttribute('data-state', report.error ? 'error' : 'done');
    host.setAttribute('data-ms', String(Math.round(performance.now())));
    if (!report.error) for (const s of STATUSES) host.setAttribute(`data-count-${s}`, String(report.summary[s] ?? 0));
    if (model) {
      // Testing contract: data-library (stored | skipped | failed), data-library-error (why not).
      const { state, error, reply } = await sendToLibrary(report, model);
      storedReply(reply ?? null);
      host.setAttribute('data-library', state);
      if (error) host.setAttribute('data-library-error', error);
    }
  },
});
