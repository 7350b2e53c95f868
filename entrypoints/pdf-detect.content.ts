// Fallback detector: when a PDF still reaches the browser's own viewer (DNR unavailable or
// skipped), ask the background to reopen it in ours. Runs before the page's own scripts.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SKIP_MARKER, GOV_MATCHES } from '../lib/extension';

export default defineContentScript({
  matches: GOV_MATCHES,
  runAt: 'document_start',
  allFrames: false,
  main() {
    if (document.contentType === 'application/pdf' && !location.href.includes(SKIP_MARKER)) {
      void browser.runtime.sendMessage({ type: 'open-viewer', url: location.href });
    }
  },
});
