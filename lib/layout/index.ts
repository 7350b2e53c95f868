// PDF page content → lines, paragraphs, tables (ruled grid + text alignment); the document built from them.
export { buildDocument } from './document';
export { detectTables, mergeContinuedTables } from './table';
export { spanPart } from './spans';
