// The reader's keys, as in the browser's own PDF viewer: Ctrl+S saves the original, Ctrl+P prints
// it, Ctrl+= / Ctrl+- / Ctrl+0 zoom in, out and back to automatic, Ctrl+wheel zooms the document.
import { useEffect } from 'preact/hooks';

interface Handlers {
  save: () => void;
  print: () => void;
  zoom: (dir: 1 | -1 | 0) => void;
}

export function useReaderKeys(pages: HTMLElement | null, h: Handlers) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const action =
        k === 's'
          ? h.save
          : k === 'p'
            ? h.print
            : k === '=' || k === '+'
              ? () => h.zoom(1)
              : k === '-' || k === '_'
                ? () => h.zoom(-1)
                : k === '0'
                  ? () => h.zoom(0)
                  : null;
      if (!action) return;
      e.preventDefault();
      action();
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      h.zoom(e.deltaY < 0 ? 1 : -1);
    };
    addEventListener('keydown', onKey);
    pages?.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      removeEventListener('keydown', onKey);
      pages?.removeEventListener('wheel', onWheel);
    };
  });
}
