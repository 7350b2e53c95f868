// Landing pages: an "open in viewer" badge after every budget attachment link.
import { browser } from 'wxt/browser';
import { type Attachment } from '../../lib/extension';

const BADGE_STYLE = [
  'display:inline-block',
  'margin-left:6px',
  'padding:0 6px',
  'font:12px/18px system-ui,sans-serif',
  'color:#fff',
  'background:#1a56a8',
  'border-radius:9px',
  'border:none',
  'cursor:pointer',
  'vertical-align:middle',
].join(';');

export function addBadges(attachments: Attachment[], label: string, hint: string) {
  for (const { link, url } of attachments) {
    if (link.nextElementSibling?.hasAttribute('data-dlens-badge')) continue;
    const badge = link.ownerDocument.createElement('button');
    badge.type = 'button';
    badge.textContent = label;
    badge.title = hint;
    badge.setAttribute('data-dlens-badge', url);
    badge.setAttribute('style', BADGE_STYLE);
    badge.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (!e.isTrusted) return; // a page script's click() opens nothing: only the reader's own click does
      void browser.runtime.sendMessage({ type: 'open-viewer-new-tab', url });
    });
    link.after(badge);
  }
}
