// Spreadsheet exports (WPS 表格, Excel) rule the whole sheet, so the title and the 单位 line end up
// as the first rows of the grid, with empty margin rows and columns around the table. This step
// takes those rows out (returning their text for the title) and drops empty edge rows/columns.
import type { Table } from '../model';

const TITLE_OR_UNIT = /表|单位\s*[:：]|情况|明细|Table/i;
/** "预算单位：…", "编制单位：…", "单位：万元": publisher and unit lines printed inside the frame. */
const META_OR_UNIT = /^(?:预算|编制|填报|主管)?(?:单位|部门)(?:名称)?\s*[:：]|^(?:金额)?单位\s*[:：]/;

/** A note printed as the last, full-width row of the frame. */
const NOTE = /^(?:Notes?\b|Sources?\b|Exhibit reads|\*|注|备注|说明|资料来源)/i;

/** The row's only text cell, when it spans every column (a caption or a note inside the frame). */
const fullWidthText = (t: Table, r: number) => {
  const filled = t.rows[r].filter((c) => c.text);
  return filled.length === 1 && (filled[0].colSpan ?? 1) === t.rows[r].length ? filled[0].text : undefined;
};

const rowEmpty = (t: Table, r: number) => t.rows[r].every((c) => !c.text);
const colEmpty = (t: Table, c: number) => t.rows.every((row) => !row[c]?.text && !(row[c]?.colSpan && row[c].colSpan! > 1));
const hasRowSpan = (t: Table, r: number) => t.rows[r].some((c) => c.text && (c.rowSpan ?? 1) > 1);

export interface Trimmed {
  /** Title, unit and publisher lines taken from the top of the frame, top to bottom. */
  above: string[];
  /** Notes taken from the bottom of the frame. */
  below: string[];
}

/** Removes framed title/unit/note rows and empty edge rows/columns; returns the removed lines. */
export function trimTable(t: Table): Trimmed {
  const lines: string[] = [];
  const below: string[] = [];
  while (t.rows.length > 2 && !hasRowSpan(t, 0)) {
    const filled = t.rows[0].filter((c) => c.text);
    if (filled.length === 0) {
      t.rows.shift();
      continue;
    }
    if (filled.length === 1 && TITLE_OR_UNIT.test(filled[0].text)) {
      lines.push(filled[0].text);
      t.rows.shift();
      continue;
    }
    if (filled.every((c) => META_OR_UNIT.test(c.text))) {
      lines.push(...filled.map((c) => c.text));
      t.rows.shift();
      continue;
    }
    const caption = t.rows[0].length >= 3 ? fullWidthText(t, 0) : undefined;
    if (caption) {
      lines.push(caption);
      t.rows.shift();
      continue;
    }
    break;
  }
  for (;;) {
    const last = t.rows.length - 1;
    if (last < 1) break;
    if (rowEmpty(t, last)) {
      t.rows.pop();
      continue;
    }
    const note = fullWidthText(t, last);
    if (note && NOTE.test(note)) {
      below.unshift(note);
      t.rows.pop();
      continue;
    }
    break;
  }
  while ((t.rows[0]?.length ?? 0) > 1 && colEmpty(t, 0)) for (const row of t.rows) row.shift();
  while ((t.rows[0]?.length ?? 0) > 1 && colEmpty(t, t.rows[0].length - 1)) {
    const last = t.rows[0].length - 1;
    for (const row of t.rows) {
      row.pop();
      for (let c = 0; c < row.length; c++) if ((row[c].colSpan ?? 1) > last - c) row[c].colSpan = last - c > 1 ? last - c : undefined;
    }
  }
  for (const row of t.rows) for (const cell of row) if (cell.colSpan === undefined) delete cell.colSpan;
  if (t.rows.length && t.rows[0].length) {
    const boxes = t.rows
      .flat()
      .map((c) => c.bbox!)
      .filter(Boolean);
    t.bbox = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
  }
  return { above: lines, below };
}
