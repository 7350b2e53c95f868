// One PDF page: canvas, pdf.js text layer (selectable), glossary terms, find hits, finding boxes. Rendered only
// while near the viewport (the parent's IntersectionObserver decides `visible`).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { BBox } from '../../lib/model';
import type { Status } from '../../lib/rules';
import { pdfjs } from './pdfjs';
import { STATUS_MARK } from '../../components/i18n';
import { markTermLayer, unmarkTermLayer } from '../../components/glossary/viewer-marks';
import { sharedGlossary } from '../../components/glossary/shared';
import { rotateBox, rotatedSize, unrotateBox, type Rotation } from './rotate';
import { pageText } from './page-text';
import { layoutLabels } from './label-layout';
import type { Placement } from '../../components/label-place';

export interface FindingBox {
  finding: string;
  status: Status;
  bbox: BBox;
  /** Full status word on the first box of a finding on a page, the mark alone on the others. */
  label: string;
  title: string;
}

interface Props {
  doc: PDFDocumentProxy;
  num: number;
  size: { w: number; h: number };
  scale: number;
  rotation: Rotation;
  visible: boolean;
  boxes: FindingBox[];
  findBoxes: BBox[];
  activeFind: BBox[] | null;
  flash: string | null;
  onBoxClick: (finding: string) => void;
  selected?: string | null;
  /** Mark glossary terms (a layer over the text layer); reports the marks made and the time taken. */
  marking?: boolean;
  onMarked?: (page: number, count: number, ms: number) => void;
  /** A number picked in the year-over-year tab, flashed for a moment. */
  mark?: BBox | null;
  /** Tick and tie: a click or a dragged box picks the numbers under it (a box on the unrotated page, points). */
  onPick?: (page: number, rect: BBox) => void;
  /** The numbers picked for the tick and tie on this page (the total marked). */
  picked?: { bbox: BBox; total: boolean }[];
}

/** Below this many pixels a drag is a click. */
const CLICK_PX = 4;

const px = (n: number) => `${n}px`;
/** .dl-box's border (panel.css): a label is placed from the box's padding edge. */
const BOX_BORDER_PX = 2;

/** How a page's layers stack, bottom to top (as pdf.js's LAYERS_ORDER). Text stays selectable
 *  because the layers above it let pointer events through except on their labels. */
const LAYERS_ORDER = { canvas: 0, text: 1, terms: 2, find: 3, findings: 4, pick: 5 } as const;

export function PageView(p: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<HTMLDivElement>(null);
  // The scale and rotation the canvas and text layer were last drawn at ('' = not drawn).
  const [renderedAt, setRenderedAt] = useState('');
  const [band, setBand] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const drawKey = `${p.scale}@${p.rotation}`;
  // The page's text items (scale 1, unrotated): the labels are placed off them.
  const [textOf, setText] = useState<{ doc: PDFDocumentProxy; num: number; rects: BBox[] } | null>(null);
  const text = textOf?.doc === p.doc && textOf.num === p.num ? textOf.rects : null;
  useEffect(() => {
    if (!p.visible || text || !p.boxes.length) return;
    let cancelled = false;
    const keep = (rects: BBox[]) => !cancelled && setText({ doc: p.doc, num: p.num, rects });
    pageText(p.doc, p.num)
      .then((items) => keep(items.filter((t) => t.str.trim()).map((t) => t.bbox)))
      .catch(() => keep([]));
    return () => {
      cancelled = true;
    };
  }, [p.visible, p.doc, p.num, p.boxes.length > 0]);
  const labelText = (b: FindingBox) => b.label || STATUS_MARK[b.status];
  const labels = useMemo(
    () =>
      text
        ? layoutLabels(
            p.boxes.map((b) => ({ ...b, label: labelText(b), first: !!b.label })),
            text,
            p.size,
            p.scale,
            p.rotation,
          )
        : null,
    [p.boxes, text, p.scale, p.rotation],
  );

  // Pages far from the viewport give their canvas memory back (long documents).
  useEffect(() => {
    if (p.visible || !renderedAt) return;
    const canvas = canvasRef.current;
    if (canvas) canvas.width = canvas.height = 0;
    textRef.current?.replaceChildren();
    termRef.current?.replaceChildren();
    setRenderedAt('');
  }, [p.visible]);

  useEffect(() => {
    if (!p.visible || renderedAt === drawKey) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    (async () => {
      const page = await p.doc.getPage(p.num);
      if (cancelled) return;
      const viewport = page.getViewport({ scale: p.scale, rotation: p.rotation });
      const dpr = globalThis.devicePixelRatio || 1;
      const canvas = canvasRef.current!;
      canvas.width = Math.floor(viewport.width * dpr);
      canvas.height = Math.floor(viewport.height * dpr);
      task = page.render({ canvas, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] });
      await task.promise;
      if (cancelled) return;
      const layer = textRef.current!;
      layer.replaceChildren();
      await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport }).render();
      if (!cancelled) setRenderedAt(drawKey);
    })().catch((err: unknown) => {
      if ((err as Error)?.name !== 'RenderingCancelledException') console.warn('page', p.num, err);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [p.visible, p.scale, p.rotation, p.doc, p.num]);

  // Glossary marks, once the text layer is in (and again when the switch changes).
  useEffect(() => {
    const text = textRef.current;
    const terms = termRef.current;
    if (!text || !terms || renderedAt !== drawKey) return;
    if (!p.marking) return unmarkTermLayer(terms);
    const { count, ms } = markTermLayer(text, terms, sharedGlossary());
    p.onMarked?.(p.num, count, ms);
  }, [renderedAt, p.marking]);

  const s = p.scale;
  const shown = rotatedSize(p.size, p.rotation);
  const place = (box: BBox) => {
    const b = rotateBox(box, p.size, p.rotation);
    return { left: px(b[0] * s), top: px(b[1] * s), width: px((b[2] - b[0]) * s), height: px((b[3] - b[1]) * s) };
  };
  // Tick and tie: the dragged band in page pixels, handed over in points on the unrotated page.
  const at = (e: PointerEvent) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const pickEnd = (e: PointerEvent) => {
    if (!band) return;
    const { x, y } = at(e);
    setBand(null);
    const click = Math.abs(x - band.x0) < CLICK_PX && Math.abs(y - band.y0) < CLICK_PX;
    const shownBox: BBox = click
      ? [x / s - 0.5, y / s - 0.5, x / s + 0.5, y / s + 0.5]
      : [Math.min(x, band.x0) / s, Math.min(y, band.y0) / s, Math.max(x, band.x0) / s, Math.max(y, band.y0) / s];
    p.onPick?.(p.num, unrotateBox(shownBox, p.size, p.rotation));
  };
  return (
    <div
      class="dl-page"
      data-page={p.num}
      data-rendered={renderedAt === drawKey ? 'yes' : 'no'}
      data-rotation={p.rotation}
      style={{ width: px(shown.w * s), height: px(shown.h * s), '--scale-factor': String(s), '--total-scale-factor': String(s) }}
    >
      <canvas
        ref={canvasRef}
        style={{ width: px(shown.w * s), height: px(shown.h * s), position: 'relative', zIndex: LAYERS_ORDER.canvas }}
        aria-hidden="true"
      />
      <div ref={textRef} class="textLayer" style={{ zIndex: LAYERS_ORDER.text }} />
      <div ref={termRef} class="dl-term-layer" style={{ zIndex: LAYERS_ORDER.terms }} />
      <div class="dl-layer" aria-hidden="true" style={{ zIndex: LAYERS_ORDER.find }}>
        {p.findBoxes.map((b, i) => (
          <div key={`f${i}`} class="dl-find-hit" style={place(b)} />
        ))}
        {p.activeFind?.map((b, i) => (
          <div key={`a${i}`} class="dl-find-hit dl-find-active" style={place(b)} />
        ))}
      </div>
      <div class="dl-layer" aria-hidden="true" style={{ zIndex: LAYERS_ORDER.findings }}>
        {p.boxes.map((b, i) => (
          // The whole box is the target: hover shows the one-line summary, a click selects the finding.
          <div
            key={`${b.finding}-${i}`}
            class={`dl-box dl-s-${b.status}${p.flash === b.finding ? ' dl-flash' : ''}${p.selected === b.finding ? ' dl-box-selected' : ''}`}
            data-finding={b.finding}
            data-status={b.status}
            title={b.title}
            style={place(b.bbox)}
            onClick={() => p.onBoxClick(b.finding)}
          >
            {labels && <BoxLabel at={labels[i]} box={rotateBox(b.bbox, p.size, p.rotation)} scale={s} text={labelText(b)} />}
          </div>
        ))}
        {p.mark && <div class="dl-box dl-yoy-mark dl-flash" data-yoy-mark="" style={place(p.mark)} />}
        {p.picked?.map((b, i) => (
          <div
            key={`p${i}`}
            class={`dl-picked${b.total ? ' dl-picked-total' : ''}`}
            data-picked={b.total ? 'total' : 'part'}
            style={place(b.bbox)}
          />
        ))}
      </div>
      {p.onPick && (
        <div
          class="dl-pick-layer"
          data-pick-layer=""
          style={{ zIndex: LAYERS_ORDER.pick }}
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
            const { x, y } = at(e);
            setBand({ x0: x, y0: y, x1: x, y1: y });
          }}
          onPointerMove={(e) => band && setBand({ ...band, x1: at(e).x, y1: at(e).y })}
          onPointerUp={pickEnd}
          onPointerCancel={() => setBand(null)}
        >
          {band && (
            <div
              class="dl-pick-band"
              style={{
                left: px(Math.min(band.x0, band.x1)),
                top: px(Math.min(band.y0, band.y1)),
                width: px(Math.abs(band.x1 - band.x0)),
                height: px(Math.abs(band.y1 - band.y0)),
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** A box's label (or its corner marker when no spot is free), positioned from the box's padding edge. */
function BoxLabel(p: { at: Placement; box: BBox; scale: number; text: string }) {
  const left = px(p.at.rect[0] - p.box[0] * p.scale - BOX_BORDER_PX);
  const top = px(p.at.rect[1] - p.box[1] * p.scale - BOX_BORDER_PX);
  if (p.at.kind === 'marker') return <span class="dl-box-marker" style={{ left, top }} />;
  return (
    <span class="dl-box-label" style={{ left, top, width: px(p.at.rect[2] - p.at.rect[0]) }}>
      {p.text}
    </span>
  );
}
