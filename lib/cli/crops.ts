// PNG crops of page regions in Node: pdf.js renders onto @napi-rs/canvas (pdfjs-dist's own optional
// dependency, so no package of ours); null when that canvas is not installed on this platform.
import { loadPdfjsForNode } from '../pdf/node';
import { renderCrops, type CropRequest } from '../pdf/render-crops';

export async function renderPngCrops(bytes: Uint8Array, regions: CropRequest[]): Promise<Map<string, Uint8Array> | null> {
  let canvas: typeof import('@napi-rs/canvas');
  try {
    canvas = await import('@napi-rs/canvas');
  } catch {
    return null;
  }
  const { pdfjs, assets } = await loadPdfjsForNode();
  const made = await renderCrops(pdfjs, bytes, assets, regions, (w, h) => canvas.createCanvas(w, h));
  return new Map([...made].map(([id, c]) => [id, new Uint8Array(c.toBuffer('image/png'))]));
}
