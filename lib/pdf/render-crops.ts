// Regions of PDF pages as pictures (the review memo's crops): each page rendered once by pdf.js onto
// a canvas the caller supplies (@napi-rs/canvas in Node, OffscreenCanvas in the extension), then
// each region copied out. Boxes are the model's (points, top-left origin, page as displayed).
import type { BBox } from '../model';
import type { PdfjsModule } from './load';

/** The part of a 2D canvas this needs (HTML, Offscreen and @napi-rs canvases all have it). */
export interface CropCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
}

interface Ctx2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  drawImage(img: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
}

export interface CropRequest {
  id: string;
  page: number;
  bbox: BBox;
  /** Boxes to outline on the crop (the finding's numbers). */
  outline?: BBox[];
}

export interface RenderAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

export async function renderCrops<C extends CropCanvas>(
  pdfjs: PdfjsModule,
  data: Uint8Array,
  assets: RenderAssets,
  regions: CropRequest[],
  makeCanvas: (width: number, height: number) => C,
  scale = 2,
): Promise<Map<string, C>> {
  const out = new Map<string, C>();
  if (!regions.length) return out;
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    wasmUrl: assets.wasmUrl,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    for (const n of [...new Set(regions.map((r) => r.page))].sort((a, b) => a - b)) {
      if (n < 1 || n > doc.numPages) continue;
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const full = makeCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = full.getContext('2d') as Ctx2D;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, full.width, full.height);
      await page.render({
        canvas: full as unknown as HTMLCanvasElement,
        canvasContext: ctx as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      for (const r of regions.filter((x) => x.page === n)) {
        const x0 = Math.max(0, Math.floor(r.bbox[0] * scale));
        const y0 = Math.max(0, Math.floor(r.bbox[1] * scale));
        const x1 = Math.min(full.width, Math.ceil(r.bbox[2] * scale));
        const y1 = Math.min(full.height, Math.ceil(r.bbox[3] * scale));
        if (x1 <= x0 || y1 <= y0) continue;
        const crop = makeCanvas(x1 - x0, y1 - y0);
        const c = crop.getContext('2d') as Ctx2D;
        c.drawImage(full, x0, y0, x1 - x0, y1 - y0, 0, 0, x1 - x0, y1 - y0);
        c.strokeStyle = '#d91a1a';
        c.lineWidth = scale;
        for (const b of r.outline ?? [])
          c.strokeRect(
            b[0] * scale - x0 - scale,
            b[1] * scale - y0 - scale,
            (b[2] - b[0]) * scale + 2 * scale,
            (b[3] - b[1]) * scale + 2 * scale,
          );
        out.set(r.id, crop);
      }
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}
