// The page overlay's engine and panel are not part of its content script: the content script
// classifies the page, and only a page that is (or, by its wording, may be) a disclosure asks the
// background to run the overlay's app script in the same isolated world. That script leaves the
// app where the content script finds it; page scripts live in another world and never see it.

/** The message a content script sends for the app; nothing else in it is read. */
export const LOAD_OVERLAY_APP = 'dlens:load-overlay-app';
/** The app's script in the extension package (entrypoints/overlay-app.tsx). */
export const OVERLAY_APP_SCRIPT = '/overlay-app.js';
/** Where that script leaves the app, on the isolated world's global object. */
export const OVERLAY_APP_GLOBAL = '__dlensOverlayApp';

export const isLoadOverlayApp = (msg: unknown): boolean =>
  typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === LOAD_OVERLAY_APP;
