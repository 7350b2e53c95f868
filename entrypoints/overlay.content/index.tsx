// Page overlay on government sites. A disclosure page gets the checks run on its live DOM, with
// boxes over the numbers and the side panel in a shadow root; a landing page gets badges on its
// budget attachment links; any other page is left untouched.
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GOV_MATCHES, budgetAttachments, classifyPage } from '../../lib/extension';
import { defaultLang, strings } from '../../components/i18n';
import { engine } from '../../components/engine-load';
import { failedReport } from '../../components/engine-bridge';
import type { CheckReport } from '../../lib/report';
import { STATUSES } from '../../lib/rules';
import { addBadges } from './badges';
import { Overlay } from './Overlay';
import '../../components/panel.css';
import './overlay.css';

const HOST_NAME = 'dlens-overlay';
/** A page counts as settled after this long without DOM changes, or at the latest after MAX. */
const QUIET_MS = 800;
const MAX_SETTLE_MS = 5000;

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
    if (kind === 'other') return;
    const lang = defaultLang(navigator.languages ?? [navigator.language]);
    if (kind === 'landing') {
      const t = strings(lang);
      addBadges(budgetAttachments(document, location.href), t.badge, t.appName);
      return;
    }
    // Analyse before mounting anything, so element paths refer to the page as published.
    let report: CheckReport;
    const source = { path: location.href, format: 'html' as const };
    try {
      report = engine.analyzeHtml(document, source);
    } catch (err) {
      report = failedReport(source, err instanceof Error ? err.message : String(err));
    }
    const ui = await createShadowRootUi(ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        render(<Overlay report={report} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    const host = ui.shadowHost;
    host.setAttribute('data-state', report.error ? 'error' : 'done');
    if (!report.error) for (const s of STATUSES) host.setAttribute(`data-count-${s}`, String(report.summary[s] ?? 0));
  },
});
