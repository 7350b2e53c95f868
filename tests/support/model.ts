// Small hand-made documents for rule tests: narrative text, and tables whose cells carry a page and a box.
import { documentFromText, identifyDocument } from '../../lib/model';
import type { Cell, DisclosureDocument, Table } from '../../lib/model';

/** A minimal disclosure frame so the text is identified as a 2025 department budget. */
export const HEADER =
  '某市某局\n2025年度部门预算公开说明\n（三公经费 机关运行经费 政府采购 名词解释 基本支出 项目支出 一般公共预算 财政拨款）\n';

export interface TableSpec {
  title: string;
  unit?: string; // the 单位 line as printed, "万元" by default
  rows: string[][]; // header rows first, as printed
  page?: number;
}

const ROW_H = 18;
const COL_W = 90;

/** A table as the PDF reader would give it: every cell on `page`, boxes on a regular grid. */
export function table(id: string, spec: TableSpec): Table {
  const page = spec.page ?? 2;
  const rows: Cell[][] = spec.rows.map((r, i) =>
    r.map((text, j) => ({
      text,
      page,
      bbox: [40 + j * COL_W, 80 + i * ROW_H, 40 + (j + 1) * COL_W, 80 + (i + 1) * ROW_H],
    })),
  );
  return {
    id,
    page,
    title: spec.title,
    unit: spec.unit ?? '万元',
    rows,
    bbox: [40, 60, 40 + COL_W * (spec.rows[0]?.length ?? 1), 80 + ROW_H * rows.length],
  };
}

/** Narrative (one paragraph a line, after HEADER unless `header` is given) and tables, identified as the engine would. */
export function disclosure(text: string, tables: TableSpec[] = [], header = HEADER): DisclosureDocument {
  const doc = documentFromText(header + text, { format: 'txt' });
  doc.tables = tables.map((t, i) => table(`t${i + 1}`, t));
  doc.info = { ...doc.info, pages: Math.max(doc.info.pages, ...doc.tables.map((t) => t.page)), ...identifyDocument(doc) };
  return doc;
}

/** The same frame for a 2024 final account. */
export const FINAL_HEADER = HEADER.replace('2025年度部门预算', '2024年度部门决算');
