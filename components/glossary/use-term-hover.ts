// Which marked term the pointer or keyboard focus is on: hovering or focusing a <dl-term> opens
// its card; leaving it closes the card after a short delay, unless the pointer moved onto the card.
import { useEffect, useRef, useState } from 'preact/hooks';
import { TERM_TAG } from './mark-dom';

const HIDE_DELAY_MS = 250;

export interface HoveredTerm {
  entryId: string;
  rect: { left: number; top: number; right: number; bottom: number };
}

export function useTermHover(target: EventTarget | null) {
  const [hovered, setHovered] = useState<HoveredTerm | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const keep = () => clearTimeout(timer.current);
  const leave = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setHovered(null), HIDE_DELAY_MS);
  };
  useEffect(() => {
    if (!target) return;
    const termOf = (e: Event) => (e.target as Element | null)?.closest?.(TERM_TAG) ?? null;
    const show = (e: Event) => {
      const el = termOf(e);
      if (!el) return;
      keep();
      const r = el.getBoundingClientRect();
      setHovered({ entryId: el.getAttribute('data-entry') ?? '', rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } });
    };
    const hide = (e: Event) => {
      if (termOf(e)) leave();
    };
    // The card is placed once: scrolling the text under it closes it (scrolling the card does not).
    const onScroll = (e: Event) => {
      const t = e.target as Document | Element;
      if (t === target || t.querySelector?.(TERM_TAG)) setHovered(null);
    };
    const onKey = (e: Event) => {
      if ((e as KeyboardEvent).key === 'Escape') setHovered(null);
    };
    target.addEventListener('mouseover', show);
    target.addEventListener('focusin', show);
    target.addEventListener('mouseout', hide);
    target.addEventListener('focusout', hide);
    target.addEventListener('keydown', onKey);
    target.addEventListener('scroll', onScroll, true);
    return () => {
      target.removeEventListener('mouseover', show);
      target.removeEventListener('focusin', show);
      target.removeEventListener('mouseout', hide);
      target.removeEventListener('focusout', hide);
      target.removeEventListener('keydown', onKey);
      target.removeEventListener('scroll', onScroll, true);
      clearTimeout(timer.current);
    };
  }, [target]);
  return { hovered, keep, leave, close: () => setHovered(null) };
}
