// The panel never covers the page: the page's root gets a right margin as wide as the panel (open)
// or the slim bar (collapsed), so the page reflows beside it. The page's own inline value is put
// back when the overlay goes. Not on a page too large to check: reflowing it would take seconds
// each time the panel opens or closes (the 20 MB e2e page), and its panel holds only a notice.
import { useEffect } from 'preact/hooks';

/** Widths of what the overlay docks at the right edge, px (overlay.css uses the same). */
export const PANEL_WIDTH_PX = 360;
export const SLIM_WIDTH_PX = 36;

export function useDock(open: boolean, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const root = document.documentElement.style;
    const before = { value: root.getPropertyValue('margin-right'), priority: root.getPropertyPriority('margin-right') };
    root.setProperty('margin-right', `${open ? PANEL_WIDTH_PX : SLIM_WIDTH_PX}px`, 'important');
    return () => root.setProperty('margin-right', before.value, before.priority);
  }, [open, enabled]);
}
