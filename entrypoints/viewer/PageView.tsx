// One PDF page: canvas, pdf.js text layer (selectable), glossary terms, find hits, finding boxes. Rendered only
// while near the viewport (the parent's IntersectionObserver decides `visible`).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { BBox } from '../../lib/model';
import type { Status } from '../../lib/rules';
import { pdfjs } from './pdfjs';
import { STATUS_MARK } from '../../components/i18n';
import { markTermLayer, unmarkTermLayer } from '../../components/glossary/viewer-marks';
import { sharedGlossary } from '../../components/glossary/shared';
import { rotateBox, rotatedSize, type Rotation } from './rotate';

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
}

const px = (n: number) => `${n}px`;

/** How a page's layers stack, bottom to top (as pdf.js's LAYERS_ORDER). Text stays selectable
 *  because the layers above it let pointer events through except on their labels. */
const LAYERS_ORDER = { canvas: 0, text: 1, terms: 2, find: 3, findings: 4 } as const;

export function PageView(p: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<HTMLDivElement>(null);
  // The scale and rotation the canvas and text layer were last drawn at ('' = not drawn).
  const [renderedAt, setRenderedAt] = useState('');
  const drawKey = `${p.scale}@${p.rotation}`;

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
            <span class="dl-box-label">{b.label || STATUS_MARK[b.status]}</span>
          </div>
        ))}
        {p.mark && <div class="dl-box dl-yoy-mark dl-flash" data-yoy-mark="" style={place(p.mark)} />}
      </div>
    </div>
  );
}
