// A page's text items placed at scale 1 (origin top-left), for find.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { type PositionedText } from '../../lib/extension';
import type { BBox } from '../../lib/model';

const cache = new WeakMap<PDFDocumentProxy, Map<number, Promise<PositionedText[]>>>();

export function pageText(doc: PDFDocumentProxy, num: number): Promise<PositionedText[]> {
  let pages = cache.get(doc);
  if (!pages) cache.set(doc, (pages = new Map()));
  let text = pages.get(num);
  if (!text) {
    text = (async () => {
      const page = await doc.getPage(num);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const out: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [, , c, d, x, y] = item.transform as number[];
        const h = item.height || Math.hypot(c, d);
        const [ax, ay, bx, by] = viewport.convertToViewportRectangle([x, y, x + item.width, y + h]);
        const bbox: BBox = [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
        out.push({ str: item.str, bbox });
      }
      return out;
    })();
    pages.set(num, text);
  }
  return text;
}
