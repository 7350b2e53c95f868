// The view (page, zoom, rotation) of each document, kept in localStorage so that reopening the
// same document lands where the reader left it.
import type { ZoomMode } from './zoom';
import type { Rotation } from './rotate';

export interface SavedView {
  page: number;
  zoom: ZoomMode;
  rotation: Rotation;
}

const PREFIX = 'dlens:view:';
const MAX_KEPT = 200;

export function loadView(key: string | null): SavedView | null {
  if (!key) return null;
  try {
    const v = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null') as SavedView | null;
    return v && Number.isInteger(v.page) ? v : null;
  } catch {
    return null;
  }
}

export function saveView(key: string | null, view: SavedView) {
  if (!key) return;
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(view));
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
    if (keys.length > MAX_KEPT) localStorage.removeItem(keys[0]);
  } catch {
    // Storage full or blocked: the view is simply not kept.
  }
}
