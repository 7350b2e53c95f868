// Geometry tolerances for lib/layout, in one place (house rule 3). Names carry unit and step;
// unknown setting names throw. Units: PT = PDF points, EM = multiples of the text's font size.

// ---- Table detection (lib/layout/table*.ts) ----

/** Parallel rules closer than this are snapped to one line. */
export const SNAP_TOLERANCE_PT = 2;
/** Collinear rule pieces whose gap is at most this are joined. */
export const JOIN_TOLERANCE_PT = 3;
/** A horizontal and a vertical rule meet when they cross within this distance. */
export const INTERSECTION_TOLERANCE_PT = 3;
/** Rules shorter than this are ignored (tick marks, underlines of single glyphs). */
export const EDGE_MIN_LENGTH_PT = 4;
/** A filled rectangle no thicker than this is a rule (its centre line). */
export const FILL_RULE_MAX_THICKNESS_PT = 3;
/** Two text pieces share a line when their vertical centres differ by at most this share of the smaller height. */
export const LINE_OVERLAP_RATIO = 0.5;
/** Words on one line closer than this (× font size) belong to one phrase/cell. */
export const WORD_GAP_EM = 0.75;
/** Single CJK characters spaced out by up to this gap (× font size) are one letter-spaced word ("合　计"). */
export const LETTER_SPACED_CJK_MAX_GAP_EM = 3.5;
/** An unruled table needs at least this many lines with two or more aligned cells. */
export const STREAM_MIN_ROWS = 3;
/** A blank vertical gap larger than this (× median line pitch) ends an unruled table. */
export const STREAM_MAX_ROW_GAP_RATIO = 2.6;
/** Single-cell lines allowed in a row inside an unruled table (section headings, wrapped labels). */
export const STREAM_MAX_SINGLE_LINES = 3;
/** A column gap survives when at most this share of body lines has text across it. */
export const COLUMN_GAP_NOISE_RATIO = 0.08;
/** Narrowest whitespace (pt) accepted as a column gap in unruled tables. */
export const COLUMN_GAP_MIN_PT = 4;
/** Edge coverage (share of a cell side) needed for a ruled boundary to count there. */
export const EDGE_COVER_RATIO = 0.6;
/** Horizontal rules reaching this far (pt) past the outermost vertical rule open an extra border column. */
export const OPEN_BORDER_MIN_PT = 12;
/** Column starts of a table continued on the next page may shift this much (pt). */
export const CONTINUED_COLUMN_SHIFT_PT = 6;
/** Line pitches below this (pt) are overlapping lines, not rows, when measuring an unruled table's pitch. */
export const MIN_LINE_PITCH_PT = 4;
/** How far (pt) above a table a title or 单位 line may sit. */
export const TITLE_MAX_DISTANCE_PT = 150;

export interface TableSettings {
  snapTolerance: number;
  joinTolerance: number;
  intersectionTolerance: number;
  edgeMinLength: number;
  fillRuleMaxThickness: number;
  lineOverlapRatio: number;
  wordGapEm: number;
  letterSpacedCjkMaxGapEm: number;
  streamMinRows: number;
  streamMaxRowGapRatio: number;
  streamMaxSingleLines: number;
  columnGapNoiseRatio: number;
  columnGapMinPt: number;
  titleMaxDistance: number;
}

export const DEFAULT_TABLE_SETTINGS: Readonly<TableSettings> = Object.freeze({
  snapTolerance: SNAP_TOLERANCE_PT,
  joinTolerance: JOIN_TOLERANCE_PT,
  intersectionTolerance: INTERSECTION_TOLERANCE_PT,
  edgeMinLength: EDGE_MIN_LENGTH_PT,
  fillRuleMaxThickness: FILL_RULE_MAX_THICKNESS_PT,
  lineOverlapRatio: LINE_OVERLAP_RATIO,
  wordGapEm: WORD_GAP_EM,
  letterSpacedCjkMaxGapEm: LETTER_SPACED_CJK_MAX_GAP_EM,
  streamMinRows: STREAM_MIN_ROWS,
  streamMaxRowGapRatio: STREAM_MAX_ROW_GAP_RATIO,
  streamMaxSingleLines: STREAM_MAX_SINGLE_LINES,
  columnGapNoiseRatio: COLUMN_GAP_NOISE_RATIO,
  columnGapMinPt: COLUMN_GAP_MIN_PT,
  titleMaxDistance: TITLE_MAX_DISTANCE_PT,
});

/** Defaults overlaid with the caller's values; a misspelt name throws instead of being ignored. */
export function resolveTableSettings(partial: Partial<TableSettings> = {}): TableSettings {
  for (const key of Object.keys(partial)) {
    if (!(key in DEFAULT_TABLE_SETTINGS)) throw new Error(`Unrecognized table setting "${key}"`);
  }
  return { ...DEFAULT_TABLE_SETTINGS, ...partial };
}

// ---- Text layout (lib/layout/lines.ts, paragraphs.ts, headers.ts, document.ts) ----

/** Runs whose baselines differ by at most this (× font size) are on one line. */
export const BASELINE_TOLERANCE_EM = 0.3;
/** A horizontal gap wider than this (× font size) cuts a line into separate pieces (columns, right-aligned 单位 labels). */
export const LINE_SEGMENT_GAP_EM = 2.5;
/** Between two runs of a line a space is inserted when the gap is at least this (× font size)… */
export const WORD_SPACE_GAP_EM = 0.2;
/** …except between two CJK characters, which are only spaced apart by a gap of this much. */
export const CJK_SPACE_GAP_EM = 1;
/** A gutter counts as a column break when at most this share of line pieces cross it. */
export const COLUMN_CROSSING_RATIO = 0.1;
/** Each side of a two-column page needs this many line pieces. */
export const COLUMN_MIN_PIECES = 4;
/** Narrowest gutter (pt) between two text columns. */
export const COLUMN_GUTTER_MIN_PT = 12;
/** A line starting this much (× font size) right of the column's left edge is indented (a new paragraph). */
export const INDENT_EM = 1.5;
/** A line ending a sentence this much (× font size) short of the column's right edge ends its paragraph… */
export const SHORT_LINE_EM = 2;
/** …and a line without a sentence end only when it is this much short (ragged right margins). */
export const VERY_SHORT_LINE_EM = 6;
/** A baseline step larger than this × the page's usual line pitch separates paragraphs. */
export const PARAGRAPH_GAP_RATIO = 1.5;
/** Font sizes differing by more than this ratio do not share a paragraph. */
export const FONT_CHANGE_RATIO = 1.15;
/** A heading is at most this many characters. */
export const HEADING_MAX_CHARS = 40;
/** Running headers/footers are looked for in this share of the page height at the top and the bottom. */
export const MARGIN_BAND_RATIO = 0.12;
/** Text at the same place counts as running when it repeats on this share of the pages (and at least HEADER_MIN_PAGES). */
export const HEADER_REPEAT_RATIO = 0.4;
export const HEADER_MIN_PAGES = 3;
/** Repeated header/footer lines may move this much (pt) between pages. */
export const HEADER_POSITION_TOLERANCE_PT = 6;
