// Bytes → PdfContent, page by page. The pdf.js module is injected by the caller (the extension
// passes the modern build, Node the legacy build), so nothing here imports a specific build.
import type * as Pdfjs from 'pdfjs-dist';
import type { PageContent, PdfContent } from './types';
import { checkPdfBytes, toPdfError } from './errors';
import { extractGraphics } from './graphics';
import { fontAdvances } from './glyph-advances';
import { itemToRun, type TextItemLike, type TextStyleLike } from './text-items';
import { normalizeRuns } from './normalize-runs';
import type { Matrix } from './geometry';

/**
 * Pages between document-wide cache clean-ups. A clean-up drops the parsed fonts, which the next
 * pages then parse again: every 10 pages cost ~35 % more pdf.js CPU over the corpus; every 50
 * leaves ordinary disclosures (≤ 50 pages) alone and still keeps a 331-page file at ~340 MB.
 */
export const CLEANUP_EVERY_PAGES = 50;

/** Typed as a plain object: pdf.js's own parameter type does not know the patched option. */
const TEXT_ONLY: object = { dlensTextOnly: true };

export type PdfjsModule = Pick<typeof Pdfjs, 'getDocument' | 'OPS'>;

export interface ExtractOptions {
  /** Plain filesystem paths with a trailing slash in Node; URLs in the browser. */
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
  password?: string;
  /** 1-based inclusive page range; clamped to the document. */
  pages?: [number, number];
  signal?: AbortSignal;
}

export async function extractPdfContent(pdfjs: PdfjsModule, data: Uint8Array, opts: ExtractOptions): Promise<PdfContent> {
  checkPdfBytes(data);
  opts.signal?.throwIfAborted();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data), // pdf.js transfers (detaches) the buffer it is given
    cMapUrl: opts.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: opts.standardFontDataUrl,
    wasmUrl: opts.wasmUrl,
    password: opts.password,
    isEvalSupported: false,
    verbosity: 0,
    // Images carry no numbers we read: skip decoding them (pdf.js drops any image above this size).
    maxImageSize: 1,
    // Text, lines and glyph widths, never drawn: no fonts loaded into a page and no glyph outlines
    // built (the latter by an option scripts/patch-pdfjs.mjs adds to pdf.js).
    disableFontFace: true,
    ...TEXT_ONLY,
  });
  let doc: Pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw toPdfError(err, opts.password !== undefined);
  }
  try {
    const info = await readInfo(doc);
    const [from, to] = pageRange(opts.pages, doc.numPages);
    const pages: PageContent[] = [];
    for (let n = from; n <= to; n++) {
      opts.signal?.throwIfAborted();
      pages.push(await extractPage(pdfjs, doc, n));
      // pdf.js keeps fonts and decoded resources for the whole document; dropping them now and then
      // bounds the memory of long documents (a few ms per cleanup).
      if ((n - from + 1) % CLEANUP_EVERY_PAGES === 0 && n < to) await doc.cleanup();
    }
    return { pages, textLayer: pages.some((p) => p.runs.length > 0), info };
  } catch (err) {
    throw toPdfError(err, opts.password !== undefined);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

function pageRange(range: [number, number] | undefined, numPages: number): [number, number] {
  if (!range) return [1, numPages];
  return [Math.max(1, range[0]), Math.min(numPages, range[1])];
}

async function readInfo(doc: Pdfjs.PDFDocumentProxy): Promise<PdfContent['info']> {
  const meta = await doc.getMetadata().catch(() => null);
  const raw = (meta?.info ?? {}) as Record<string, unknown>;
  const info: PdfContent['info'] = {};
  // Some producers leave the title as an undecoded hex string ("<BDADCBD5…>"): not worth showing.
  if (typeof raw.Title === 'string' && raw.Title && !/^<[0-9A-Fa-f]*>$/.test(raw.Title)) info.title = raw.Title;
  if (typeof raw.Producer === 'string' && raw.Producer) info.producer = raw.Producer;
  // Only encrypted documents carry a permissions entry (owner-password-only files open without a password).
  if (raw.IsEncrypted || (await doc.getPermissions().catch(() => null)) !== null) info.encrypted = true;
  return info;
}

/** One page: graphics first (rules guide the run repairs), then text; then free the page. */
async function extractPage(pdfjs: PdfjsModule, doc: Pdfjs.PDFDocumentProxy, n: number): Promise<PageContent> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const pageMatrix = viewport.transform as Matrix;
    const size = { width: viewport.width, height: viewport.height };
    const opList = await page.getOperatorList();
    const { rules, fills } = extractGraphics(opList, pdfjs.OPS as unknown as Record<string, number>, pageMatrix, size);
    const text = await page.getTextContent();
    const styles = text.styles as Record<string, TextStyleLike>;
    const advances = fontAdvances(opList.fnArray, opList.argsArray, pdfjs.OPS as unknown as Record<string, number>);
    const raw = [];
    for (const item of text.items) {
      if (!('str' in item)) continue;
      const run = itemToRun(item as TextItemLike, styles[item.fontName], pageMatrix, advances.get(item.fontName));
      if (run) raw.push(run);
    }
    const runs = normalizeRuns(raw, rules);
    return { page: n, width: size.width, height: size.height, rotation: page.rotate, runs, rules, fills };
  } finally {
    page.cleanup();
  }
}
