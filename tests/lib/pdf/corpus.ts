// Paths into the shared, read-only corpus (never copied into the repo) and a Node pdf.js loader.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import { extractPdfContent, type ExtractOptions } from '../../../lib/pdf';

export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
export const REAL = resolve(SHARED, 'corpus/real');
export const realPdf = (rel: string): string => resolve(REAL, rel);

export async function extractFile(path: string, opts: Partial<ExtractOptions> = {}) {
  const { pdfjs, assets } = await loadPdfjsForNode();
  return extractPdfContent(pdfjs, new Uint8Array(await readFile(path)), { ...assets, ...opts });
}

export async function extractBytes(bytes: Uint8Array, opts: Partial<ExtractOptions> = {}) {
  const { pdfjs, assets } = await loadPdfjsForNode();
  return extractPdfContent(pdfjs, bytes, { ...assets, ...opts });
}
