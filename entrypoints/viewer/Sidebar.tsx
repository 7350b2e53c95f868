// The left sidebar: page thumbnails (drawn only while in view) and the document's outline.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Lang } from '../../lib/rules';
import { readerStrings } from './strings';
import { useOutline, type OutlineNode } from './use-outline';

const THUMB_WIDTH_PX = 110;

interface Props {
  lang: Lang;
  doc: PDFDocumentProxy;
  sizes: { w: number; h: number }[];
  current: number;
  onPage: (n: number) => void;
}

export function Sidebar(p: Props) {
  const r = readerStrings(p.lang);
  const outline = useOutline(p.doc);
  const [view, setView] = useState<'thumbs' | 'outline'>('thumbs');
  return (
    <nav class="dl-sidebar" aria-label={r.sidebar}>
      <div class="dl-tabs" role="tablist">
        <button type="button" role="tab" class="dl-tab" aria-selected={view === 'thumbs'} onClick={() => setView('thumbs')}>
          {r.thumbnails}
        </button>
        <button
          type="button"
          role="tab"
          class="dl-tab dl-tab-outline"
          aria-selected={view === 'outline'}
          onClick={() => setView('outline')}
        >
          {r.outline}
        </button>
      </div>
      {view === 'thumbs' ? (
        <Thumbnails {...p} />
      ) : outline.length ? (
        <OutlineList nodes={outline} onPage={p.onPage} />
      ) : (
        <p class="dl-empty">{r.noOutline}</p>
      )}
    </nav>
  );
}

function Thumbnails(p: Props) {
  const r = readerStrings(p.lang);
  const root = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState<Set<number>>(new Set());
  useEffect(() => {
    const io = new IntersectionObserver(
      (entries) =>
        setSeen((prev) => {
          const next = new Set(prev);
          for (const e of entries) if (e.isIntersecting) next.add(Number((e.target as HTMLElement).dataset.thumb));
          return next;
        }),
      // The viewport as root: the sidebar's own scrolling clips what counts as in view.
      { rootMargin: '200px 0px' },
    );
    root.current?.querySelectorAll('[data-thumb]').forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [p.doc, p.sizes]);
  return (
    <div class="dl-thumbs" ref={root}>
      {p.sizes.map((size, i) => (
        <button
          type="button"
          key={i + 1}
          class={`dl-thumb${p.current === i + 1 ? ' dl-thumb-current' : ''}`}
          data-thumb={i + 1}
          aria-label={r.thumbOf(i + 1)}
          title={r.thumbOf(i + 1)}
          aria-current={p.current === i + 1 ? 'page' : undefined}
          onClick={() => p.onPage(i + 1)}
        >
          <Thumb doc={p.doc} num={i + 1} size={size} draw={seen.has(i + 1)} />
          <span>{i + 1}</span>
        </button>
      ))}
    </div>
  );
}

function Thumb({ doc, num, size, draw }: { doc: PDFDocumentProxy; num: number; size: { w: number; h: number }; draw: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [done, setDone] = useState(false);
  const scale = THUMB_WIDTH_PX / size.w;
  useEffect(() => {
    if (!draw || done) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void (async () => {
      const page = await doc.getPage(num);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const canvas = ref.current!;
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = page.render({ canvas, viewport });
      await task.promise;
      if (!cancelled) setDone(true);
    })().catch(() => {});
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [draw]);
  return (
    <canvas
      ref={ref}
      class="dl-thumb-canvas"
      data-drawn={done ? 'yes' : 'no'}
      style={{ width: `${THUMB_WIDTH_PX}px`, height: `${size.h * scale}px` }}
      aria-hidden="true"
    />
  );
}

function OutlineList({ nodes, onPage }: { nodes: OutlineNode[]; onPage: (n: number) => void }) {
  return (
    <ul class="dl-outline">
      {nodes.map((n, i) => (
        <li key={i}>
          <button type="button" class="dl-outline-item" disabled={n.page == null} onClick={() => n.page != null && onPage(n.page)}>
            {n.title}
          </button>
          {n.children.length > 0 && <OutlineList nodes={n.children} onPage={onPage} />}
        </li>
      ))}
    </ul>
  );
}
