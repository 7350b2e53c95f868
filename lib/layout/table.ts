// Table detection for one page, in pipeline order:
//   sideways page turned upright → runs → words (split merged runs) → ruled grids from the rules (lattice)
//   → unruled grids from text alignment among the remaining words (stream)
//   → model tables, top to bottom → framed title rows and empty margins trimmed
//   → title / 单位 / 空表 note from the framed rows or the free lines around the table.
import type { PageContent, FilledRect, RuleSegment } from '../pdf';
import type { Table } from '../model';
import { resolveTableSettings, type TableSettings } from './settings';
import { runsToWords, groupLines } from './table-words';
import { detectRuled } from './table-ruled';
import { detectStream } from './table-stream';
import { gridToTable, gridBBox, type Grid } from './table-grid';
import { attachTitles, trailingTitle, type TrailingTitle } from './table-title';
import { trimTable } from './table-trim';
import { uprightPage, turnTablesBack } from './table-rotate';

export { mergeContinuedTables } from './table-merge';
export type { TrailingTitle } from './table-title';

export interface TableDebug {
  grids: Grid[];
  /** The page the grids refer to: the input, or the input turned upright when it was sideways. */
  page?: PageContent;
}

/** Thin filled rectangles that lib/pdf left as fills (e.g. 2 pt bars in ICDAR us-033) still rule a table. */
function rulesFromThinFills(fills: FilledRect[], s: TableSettings): RuleSegment[] {
  const out: RuleSegment[] = [];
  for (const {
    bbox: [x0, y0, x1, y1],
  } of fills) {
    const w = x1 - x0,
      h = y1 - y0;
    if (h <= s.fillRuleMaxThickness && w > h) out.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2, orient: 'h' });
    else if (w <= s.fillRuleMaxThickness && h > w) out.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1, orient: 'v' });
  }
  return out;
}

/** Tables on one page, top to bottom; ids are "p<page>t<n>" (callers may renumber per document). */
export function detectTables(displayed: PageContent, settings: Partial<TableSettings> = {}, debug?: TableDebug): Table[] {
  return detectPageTables(displayed, settings, debug).tables;
}

export interface PageTables {
  tables: Table[];
  /** A title printed at the foot of the page for a table that starts on the next page. */
  trailingTitle?: TrailingTitle;
}

/** detectTables plus the page's trailing title, for mergeContinuedTables. */
export function detectPageTables(displayed: PageContent, settings: Partial<TableSettings> = {}, debug?: TableDebug): PageTables {
  const s = resolveTableSettings(settings);
  const { page, back } = uprightPage(displayed);
  const words = runsToWords(page.runs);
  const ruled = detectRuled([...page.rules, ...rulesFromThinFills(page.fills, s)], words, s);
  const stream = detectStream(ruled.rest, s);
  const grids = [...ruled.grids, ...stream].sort((a, b) => gridBBox(a)[1] - gridBBox(b)[1] || gridBBox(a)[0] - gridBBox(b)[0]);
  if (debug) {
    debug.grids = grids;
    debug.page = page;
  }
  const tables = grids.map((g, i) => gridToTable(g, page.page, `p${page.page}t${i + 1}`, s));
  const inside = (cx: number, cy: number) =>
    grids.some((g) => {
      const b = gridBBox(g);
      return cx >= b[0] && cx <= b[2] && cy >= b[1] && cy <= b[3];
    });
  const free = groupLines(
    words.filter((w) => !inside((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2)),
    s,
  );
  const framed = tables.map(trimTable);
  attachTitles(tables, free, s, framed);
  const found = tables.filter((t) => t.rows.length > 0 && t.rows.some((r) => r.some((c) => c.text)));
  const trailing = trailingTitle(found, free, page.height);
  turnTablesBack(found, back);
  return trailing ? { tables: found, trailingTitle: trailing } : { tables: found };
}
