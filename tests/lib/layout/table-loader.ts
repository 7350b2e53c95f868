// Loads a PDF's pages through lib/pdf (Node build of pdf.js) for the table tests and the table bench.
import { readFile } from 'node:fs/promises';
import { extractPdfContent } from '../../../lib/pdf/index';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import type { PageContent } from '../../../lib/pdf/types';

export async function loadPages(path: string): Promise<PageContent[]> {
  const { pdfjs, assets } = await loadPdfjsForNode();
  const content = await extractPdfContent(pdfjs, new Uint8Array(await readFile(path)), assets);
  return content.pages;
}
