// Spreadsheet exports (WPS 表格, Excel) rule the whole sheet, so the title and the 单位 line end up
// as the first rows of the grid, with empty margin rows and columns around the table. This step
// takes those rows out (returning their text for the title) and drops empty edge rows/columns.
import type { Table } from '../model/types';

const TITLE_OR_UNIT = /表|单位\s*[:：]|情况|明细|Table/i;
/** "预算单位：…", "编制单位：…", "单位：万元": publisher and unit lines printed inside the frame. */
const META_OR_UNIT = /^(?:预算|编制|填报|主管)?(?:单位|部门)(?:名称)?\s*[:：]|^(?:金额)?单位\s*[:：]/;

const rowEmpty = (t: Table, r: number) => t.rows[r].every((c) => !c.text);
const colEmpty = (t: Table, c: number) => t.rows.every((row) => !row[c]?.text && !(row[c]?.colSpan && row[c].colSpan! > 1));
const hasRowSpan = (t: Table, r: number) => t.rows[r].some((c) => c.text && (c.rowSpan ?? 1) > 1);

/** Removes framed title/unit rows and empty edge rows/columns; returns the removed title-like lines. */
export function trimTable(t: Table): string[] {
  const lines: string[] = [];
  while (t.rows.length > 2 && !hasRowSpan(t, 0)) {
    const filled = t.rows[0].filter((c) => c.text);
    if (filled.length === 0) { t.rows.shift(); continue; }
    if (filled.length === 1 && TITLE_OR_UNIT.test(filled[0].text)) { lines.push(filled[0].text); t.rows.shift(); continue; }
    if (filled.every((c) => META_OR_UNIT.test(c.text))) { lines.push(...filled.map((c) => c.text)); t.rows.shift(); continue; }
    break;
  }
  while (t.rows.length > 1 && rowEmpty(t, t.rows.length - 1)) {
    t.rows.pop();
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
    const boxes = t.rows.flat().map((c) => c.bbox!).filter(Boolean);
    t.bbox = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  }
  return lines;
}
