// The page in view: the last page whose top is above the upper third of the scroll area.
import { useEffect, useState } from 'preact/hooks';

export function useCurrentPage(root: HTMLElement | null, deps: unknown[]): number {
  const [page, setPage] = useState(1);
  useEffect(() => {
    if (!root) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const line = root.scrollTop + root.clientHeight / 3;
      let current = 1;
      for (const el of root.querySelectorAll<HTMLElement>('.dl-page')) {
        if (el.offsetTop <= line) current = Number(el.dataset.page);
        else break;
      }
      setPage(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    measure();
    return () => {
      root.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [root, ...deps]);
  return page;
}
