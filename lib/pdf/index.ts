// lib/pdf: the only importer of pdfjs-dist. Bytes in → text runs, rules and fills out, as plain data.
// Node callers: import { loadPdfjsForNode } from 'lib/pdf/node' (kept out of here: it uses node:*).
export { extractPdfContent, type ExtractOptions, type PdfjsModule } from './load';
export { PdfError, type PdfErrorKind } from './errors';
export type { PdfContent, PageContent, TextRun, RuleSegment, FilledRect } from './types';
export { charWeight, isSpace } from './chars';
