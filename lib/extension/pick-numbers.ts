// Tick and tie in the viewer: which printed numbers a click or a dragged rectangle on a page covers.
// Amount cells of the document's tables (as the table reader sees them: no codes, no header rows),
// else narrative spans that hold exactly one amount. Boxes are the model's (points, page as displayed).
import { scanAmounts } from '../amount';
import type { BBox, DisclosureDocument } from '../model';
import type { Pick } from '../review';
import { tableViews } from '../tables';

const overlaps = (a: BBox, b: BBox) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The numbers under `rect` on `page`, top to bottom then left to right; cells first, narrative only when no cell is hit. */
export function picksInRect(doc: DisclosureDocument, page: number, rect: BBox): Pick[] {
  const cells: Pick[] = [];
  const seen = new Set<string>();
  for (const view of tableViews(doc)) {
    const amountCols = view.columns.filter((c) => c.kind === 'amount').map((c) => c.index);
    for (const row of view.rows) {
      for (const col of amountCols) {
        const cell = view.table.rows[row.index]?.[col];
        if (!cell?.bbox || cell.page !== page || !row.values[col] || !overlaps(cell.bbox, rect)) continue;
        const key = `${view.table.id}:${row.index}:${col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const label = [row.code, row.name].filter(Boolean).join(' ') || undefined;
        cells.push({ text: cell.text, page, bbox: cell.bbox, unit: view.unit, label, table: view.table.id, row: row.index, col });
      }
    }
  }
  if (cells.length) return order(cells);
  const spans: Pick[] = [];
  for (const block of doc.blocks) {
    if (block.page !== page && !block.spans.some((s) => s.page === page)) continue;
    for (const s of block.spans) {
      if (s.page !== page || !s.bbox || !overlaps(s.bbox, rect)) continue;
      const text = block.text.slice(s.start, s.end);
      if (scanAmounts(text).length === 1) spans.push({ text, page, bbox: s.bbox, unit: doc.info.unit });
    }
  }
  return order(spans);
}

const order = (ps: Pick[]) => ps.sort((a, b) => a.bbox![1] - b.bbox![1] || a.bbox![0] - b.bbox![0]);
