// The document model every layer above extraction reads. Plain data: serialisable, no DOM.
// Coordinates are PDF points on the unrotated-as-displayed page, origin top-left, y down
// (the page viewport at scale 1), so a box can be drawn over the rendered page directly.

/** [x0, top, x1, bottom] in points. HTML sources have no geometry and carry no bbox. */
export type BBox = [number, number, number, number];

/** Where a piece of text sits: which page, which box, and (for HTML) which element path. */
export interface Anchor {
  page: number; // 1-based; 1 for HTML and text sources
  bbox?: BBox;
  /** For HTML: a CSS-like path to the element (lets the overlay highlight it). */
  node?: string;
}

/** A stretch of a block's text that maps to one place on the page. */
export interface Span extends Anchor {
  start: number; // offsets into Block.text, end exclusive
  end: number;
  /** x of each character boundary (end - start + 1 entries), from the font's glyph advances, when known. */
  xs?: number[];
}

export type BlockKind = 'heading' | 'paragraph' | 'item';

/** A paragraph, heading or list item of running text, in reading order. */
export interface Block {
  kind: BlockKind;
  text: string;
  page: number;
  spans: Span[]; // may be empty for plain text sources
}

export interface Cell extends Anchor {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

/** A table as printed: rows top to bottom including header rows. */
export interface Table {
  id: string; // stable within the document, e.g. "t3"
  page: number; // first page
  pageEnd?: number; // last page when it continues
  title: string; // "公开01表 收入支出预算总表", "" when none found
  unit: string; // the 单位 line as printed ("万元", "元"), "" when none
  bbox?: BBox;
  rows: Cell[][];
  /** A 空表 note printed with it ("此表为空"), if any. */
  emptyNote?: string;
  /** The next page opens with an untitled table that could not be joined to this one: it may continue it. */
  mayContinue?: boolean;
  /**
   * For a table continued over pages: the header rows each continuation page printed again above
   * its rows (same texts as the first rows of `rows`, with that page's boxes, on `rows`' columns).
   * They are kept out of `rows` so that rules read every header and amount once.
   */
  repeatedHeaders?: { page: number; rows: Cell[][] }[];
}

export type DocKind = 'dept-budget' | 'unit-budget' | 'dept-final' | 'unit-final' | 'gov-budget' | 'gov-final' | 'other';

export interface DocumentInfo {
  kind: DocKind;
  year?: number;
  department?: string;
  /** Government level of the publisher, when the text tells it. */
  level?: 'province' | 'city' | 'county';
  /** The dominant money unit of the narrative ("万元"). */
  unit?: string;
  pages: number;
  textLayer: boolean;
  /** A blank template, not a disclosure: how many fill-in marks ("XX局", "XXX万元") it prints. */
  template?: number;
}

export interface SourceInfo {
  path?: string;
  sha256?: string;
  format: 'pdf' | 'html' | 'txt';
}

export interface DisclosureDocument {
  source: SourceInfo;
  info: DocumentInfo;
  blocks: Block[];
  tables: Table[];
}
