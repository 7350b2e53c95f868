// Plain text (one paragraph per line, as in the seed) → a document with blocks and no tables.
import type { Block, BlockKind, DisclosureDocument, SourceInfo } from './types';
import { identifyDocument } from './identity';

const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;
const ITEM = /^(\d+[.、．]|（\d+）|\(\d+\)|[①-⑳])/;

export function blockKind(text: string): BlockKind {
  if (HEADING.test(text) && text.length <= 40 && !/[。；]$/.test(text)) return 'heading';
  if (HEADING.test(text) || ITEM.test(text)) return 'item';
  return 'paragraph';
}

export function documentFromText(text: string, source: SourceInfo): DisclosureDocument {
  const blocks: Block[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\u3000/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ kind: blockKind(line), text: line, page: 1, spans: [] }));
  const doc: DisclosureDocument = {
    source,
    info: { kind: 'other', pages: 1, textLayer: true },
    blocks,
    tables: [],
  };
  doc.info = { ...doc.info, ...identifyDocument(doc) };
  return doc;
}
