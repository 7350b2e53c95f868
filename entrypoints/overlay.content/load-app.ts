// The overlay's engine and panel, fetched the first time this page needs them
// (see lib/extension/overlay-app.ts).
import { browser } from 'wxt/browser';
import type { EngineApi } from '../../components/engine-bridge';
import { OVERLAY_APP_GLOBAL, LOAD_OVERLAY_APP } from '../../lib/extension';
import type { OverlayProps } from './Overlay';

export interface OverlayApp {
  engine: EngineApi;
  mount(container: HTMLElement, props: OverlayProps): void;
  unmount(container: HTMLElement): void;
}

const loaded = () => (globalThis as Record<string, unknown>)[OVERLAY_APP_GLOBAL] as OverlayApp | undefined;

export async function loadOverlayApp(): Promise<OverlayApp> {
  if (!loaded()) {
    const reply = (await browser.runtime.sendMessage({ type: LOAD_OVERLAY_APP })) as { ok?: boolean; error?: string } | undefined;
    if (!reply?.ok) throw new Error(`the checking engine could not be loaded (${reply?.error ?? 'no answer'})`);
  }
  const app = loaded();
  if (!app) throw new Error('the checking engine could not be loaded');
  return app;
}
