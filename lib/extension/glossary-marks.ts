// Glossary marks for the extension, without a browser: recognised terms and codes found across a
// page's text pieces (pdf.js text items, a paragraph's text nodes), where else each term appears,
// the document's own 名词解释 keyed by reference entry, and the plain data of a term's card.
import {
  compareWithReference,
  describeContradiction,
  parseDocumentGlossary,
  type CompareContext,
  type DocGlossaryEntry,
  type Glossary,
  type LookupHit,
} from '../glossary';
import type { Block } from '../model';

/** Stands between pieces whose characters must not run together ("56.78" + "2010301"). */
const SEPARATOR = '\n';
/** ASCII characters that make a number or code; two of them across a gap keep the gap. */
const NUMBERISH = /[0-9A-Za-z.,%\-]/;
const SPACE = /[\s\u3000]/;

/** One piece of a mark: characters [start, end) of piece `piece`; `mark` numbers the whole mark. */
export interface PieceMark {
  piece: number;
  start: number;
  end: number;
  entryId: string;
  mark: number;
}

export interface JoinedPieces {
  text: string;
  /** For each character of `text`: its piece and offset, or -1 for a separator. */
  piece: Int32Array;
  offset: Int32Array;
}

/** Pieces joined without whitespace (CJK PDFs space out "部 门 预 算" and split words over
 *  items), except that a gap between two number characters becomes a separator. */
export function joinPieces(pieces: readonly string[]): JoinedPieces {
  const total = pieces.reduce((n, s) => n + s.length + 1, 0);
  const piece = new Int32Array(total);
  const offset = new Int32Array(total);
  let text = '';
  let gap = false;
  pieces.forEach((s, p) => {
    for (let c = 0; c < s.length; c++) {
      const ch = s[c];
      if (SPACE.test(ch)) {
        gap = true;
        continue;
      }
      if (gap && NUMBERISH.test(ch) && NUMBERISH.test(text[text.length - 1] ?? '')) {
        piece[text.length] = offset[text.length] = -1;
        text += SEPARATOR;
      }
      gap = false;
      piece[text.length] = p;
      offset[text.length] = c;
      text += ch;
    }
    gap = true;
  });
  return { text, piece: piece.subarray(0, text.length), offset: offset.subarray(0, text.length) };
}

/** Terms and codes found in the joined pieces, split back into per-piece character ranges. */
export function markPieces(glossary: Glossary, pieces: readonly string[]): PieceMark[] {
  const joined = joinPieces(pieces);
  const out: PieceMark[] = [];
  let n = 0;
  for (const m of glossary.findTerms(joined.text)) {
    let current: PieceMark | undefined;
    for (let k = m.start; k < m.end; k++) {
      const p = joined.piece[k];
      if (p < 0) continue;
      const c = joined.offset[k];
      // Same piece: extend, also over spaces inside it ("部 门 预 算").
      if (current && current.piece === p) current.end = c + 1;
      else out.push((current = { piece: p, start: c, end: c + 1, entryId: m.entryId, mark: n }));
    }
    n++;
  }
  return out;
}

/** entryId → the pages (sorted) where the term or code is marked. */
export function termPages(glossary: Glossary, pages: readonly (readonly string[])[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  pages.forEach((pieces, i) => {
    const found = new Set(glossary.findTerms(joinPieces(pieces).text).map((m) => m.entryId));
    for (const id of found) out.set(id, [...(out.get(id) ?? []), i + 1]);
  });
  return out;
}

/** pdf.js text items of each page as lines (a line ends at an item with hasEOL), as blocks. */
export function linesAsBlocks(pages: readonly (readonly { str: string; hasEOL?: boolean }[])[]): Block[] {
  const blocks: Block[] = [];
  pages.forEach((items, i) => {
    let line = '';
    for (const it of items) {
      line += it.str;
      if (it.hasEOL) {
        if (line.trim()) blocks.push({ kind: 'paragraph', text: line, page: i + 1, spans: [] });
        line = '';
      }
    }
    if (line.trim()) blocks.push({ kind: 'paragraph', text: line, page: i + 1, spans: [] });
  });
  return blocks;
}

export interface DocDefinition {
  term: string;
  definition: string;
  page?: number;
  /** Where the document's wording contradicts the reference (a 省级 residue, an outdated name). */
  notes: { zh: string; en: string }[];
}

/** The document's own 名词解释, keyed by the reference entry (or code) each entry explains. */
export function documentDefinitions(
  glossary: Glossary,
  input: string | readonly Block[],
  ctx: CompareContext = {},
): Map<string, DocDefinition> {
  const out = new Map<string, DocDefinition>();
  for (const e of parseDocumentGlossary(input)) {
    const cmp = compareWithReference(e, ctx, glossary);
    const id = cmp.reference?.id ?? (cmp.codes[0] ? `code:${cmp.codes[0].code}` : undefined);
    if (!id || out.has(id)) continue;
    out.set(id, definitionOf(e, cmp.contradictions.map(describeContradiction)));
  }
  return out;
}

function definitionOf(e: DocGlossaryEntry, notes: { zh: string; en: string }[]): DocDefinition {
  return { term: e.term, definition: e.definition, ...(e.page ? { page: e.page } : {}), notes };
}

export interface CardStep {
  code: string;
  level: string;
  name: string | null;
}

/** What a term's card shows, as plain data. */
export interface TermCard {
  id: string;
  term: string;
  zh: string;
  en: string;
  /** 类 › 款 › 项 for a code. */
  codePath?: CardStep[];
  own?: DocDefinition;
  pages: number[];
}

export interface CardContext {
  year?: number;
  own?: Map<string, DocDefinition>;
  pages?: Map<string, number[]>;
}

export function termCard(glossary: Glossary, entryId: string, ctx: CardContext = {}): TermCard | undefined {
  const entry = glossary.entry(entryId, ctx.year);
  if (!entry) return undefined;
  const rc = entryId.startsWith('code:') ? glossary.resolveCode(entryId.slice(5), ctx.year) : undefined;
  // A code explained by the document may be keyed by its code or by a linked reference term.
  const own = ctx.own?.get(entryId) ?? entry.related?.map((id) => ctx.own?.get(id)).find(Boolean);
  return {
    id: entry.id,
    term: entry.term,
    zh: entry.zh,
    en: entry.en,
    ...(rc ? { codePath: rc.path.map((s) => ({ code: s.code, level: s.level, name: s.name })) } : {}),
    ...(own ? { own } : {}),
    pages: ctx.pages?.get(entryId) ?? [],
  };
}

/** Cards for a search box: the look-up's hits, best first. */
export function searchCards(glossary: Glossary, query: string, ctx: CardContext = {}, limit = 5): TermCard[] {
  return glossary
    .lookup(query, { limit, year: ctx.year })
    .map((h: LookupHit) => termCard(glossary, h.entry.id, ctx))
    .filter((c): c is TermCard => !!c);
}
