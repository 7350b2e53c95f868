// PdfContent → the model's blocks and tables.
// 1. per page: detect tables (injected detector), drop the runs inside table regions;
// 2. per page: the remaining runs → lines in reading order;
// 3. whole document: drop running headers, footers and page numbers;
// 4. whole document: lines → paragraphs, headings and items (a paragraph may cross a page);
// 5. tables continued on the next page are merged (when a merger is given) and numbered t1, t2, ….
import type { BBox, Block, Table } from '../model';
import type { PageContent, PdfContent, TextRun } from '../pdf';
import { buildLines } from './lines';
import { removeRunningText, type PageLines } from './headers';
import { buildBlocks } from './paragraphs';

/** A run belongs to a table when its centre lies within this distance (pt) of the table box. */
const TABLE_REGION_MARGIN_PT = 1;

export interface BuildOptions {
  /** Table detector for one page (lib/layout/table.ts `detectTables`); without it every run is narrative. */
  detectTables?: (page: PageContent) => Table[];
  /** Joins tables continued across pages (lib/layout/table.ts `mergeContinuedTables`). */
  mergeTables?: (tables: Table[]) => Table[];
}

export interface PageSize {
  page: number;
  width: number;
  height: number;
  rotation: number;
}

export interface BuiltDocument {
  blocks: Block[];
  tables: Table[];
  pages: PageSize[];
  textLayer: boolean;
}

export function buildDocument(content: PdfContent, opts: BuildOptions = {}): BuiltDocument {
  const tables: Table[] = [];
  const pageLines: PageLines[] = [];
  for (const page of content.pages) {
    const found = opts.detectTables && page.runs.length ? opts.detectTables(page) : [];
    tables.push(...found);
    const regions = found.map((t) => tableRegion(t, page.page)).filter((b): b is BBox => b !== null);
    const runs = page.runs.filter((r) => !regions.some((b) => centreInside(r, b)));
    pageLines.push({ page: page.page, height: page.height, lines: buildLines(runs, page.page, page.width) });
  }
  const blocks = buildBlocks(removeRunningText(pageLines));
  const merged = opts.mergeTables ? opts.mergeTables(tables) : tables;
  return {
    blocks,
    tables: merged.map((t, i) => ({ ...t, id: `t${i + 1}` })),
    pages: content.pages.map(({ page, width, height, rotation }) => ({ page, width, height, rotation })),
    textLayer: content.textLayer,
  };
}

/** The table's box on one page: its bbox, or the union of its cells there. */
function tableRegion(t: Table, page: number): BBox | null {
  if (t.bbox && t.page === page) return t.bbox;
  const boxes = t.rows
    .flat()
    .filter((c) => c.page === page && c.bbox)
    .map((c) => c.bbox!);
  if (!boxes.length) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

function centreInside(r: TextRun, b: BBox): boolean {
  const cx = (r.bbox[0] + r.bbox[2]) / 2,
    cy = (r.bbox[1] + r.bbox[3]) / 2;
  const m = TABLE_REGION_MARGIN_PT;
  return cx >= b[0] - m && cx <= b[2] + m && cy >= b[1] - m && cy <= b[3] + m;
}
