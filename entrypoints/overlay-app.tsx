// The page overlay's engine and panel, run by the background in a page's isolated world only when
// the overlay's content script has classified the page as a (possible) disclosure
// (lib/extension/overlay-app.ts): other government pages never load them.
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { engine } from '../components/engine-load';
import { OVERLAY_APP_GLOBAL } from '../lib/extension';
import { Overlay, type OverlayProps } from './overlay.content/Overlay';
import type { OverlayApp } from './overlay.content/load-app';

const app: OverlayApp = {
  engine,
  mount: (container, props: OverlayProps) => render(<Overlay {...props} />, container),
  unmount: (container) => render(null, container),
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[OVERLAY_APP_GLOBAL] ??= app;
});
