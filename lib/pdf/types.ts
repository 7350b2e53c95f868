// What lib/pdf hands to lib/layout: plain, serialisable page content. Coordinates as in
// lib/model/types.ts: points, origin top-left of the page as displayed (rotation applied), y down.
import type { BBox } from '../model';

export interface TextRun {
  text: string;
  bbox: BBox;
  fontSize: number;
  fontName?: string;
  /** x of each character boundary (text.length + 1 entries, by UTF-16 offset) from the font's glyph advances, when known. */
  xs?: number[];
  /** true when the run was written vertically or rotated (rare; kept for table headers). */
  vertical?: boolean;
}

/** A ruling line: a stroked segment or a thin filled rectangle reduced to its centre line. */
export interface RuleSegment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** 'h' when y0 == y1 (within tolerance), 'v' when x0 == x1. */
  orient: 'h' | 'v';
}

/** A large filled rectangle (cell shading); some tables mark rows only by shading. */
export interface FilledRect {
  bbox: BBox;
}

export interface PageContent {
  page: number; // 1-based
  width: number;
  height: number;
  rotation: number; // as printed in the PDF (/Rotate), 0/90/180/270
  runs: TextRun[];
  rules: RuleSegment[];
  fills: FilledRect[];
}

export interface PdfContent {
  pages: PageContent[];
  /** False when no page has extractable text (a scan). */
  textLayer: boolean;
  info: { title?: string; producer?: string; encrypted?: boolean };
}
