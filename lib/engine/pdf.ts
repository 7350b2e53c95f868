// PDF bytes → the document model: pdf.js content (lib/pdf) → lines, paragraphs, tables (lib/layout).
import type { DisclosureDocument, SourceInfo } from '../model';
import { identifyDocument } from '../model';
import { extractPdfContent, type ExtractOptions, type PdfjsModule } from '../pdf';
import { buildDocument } from '../layout';
import { detectTables, mergeContinuedTables } from '../layout';

export async function documentFromPdf(
  pdfjs: PdfjsModule,
  bytes: Uint8Array,
  opts: ExtractOptions,
  source: SourceInfo,
): Promise<DisclosureDocument> {
  const content = await extractPdfContent(pdfjs, bytes, opts);
  const built = buildDocument(content, { detectTables: (p) => detectTables(p), mergeTables: mergeContinuedTables });
  const doc: DisclosureDocument = {
    source,
    info: { kind: 'other', pages: content.pages.length, textLayer: content.textLayer },
    blocks: built.blocks,
    tables: built.tables,
  };
  if (content.textLayer) doc.info = { ...doc.info, ...identifyDocument(doc) };
  return doc;
}
