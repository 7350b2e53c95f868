// Tables as an auditor reads them: roles, header trees, code hierarchy, side-by-side blocks.
import type { DisclosureDocument } from '../model';
import { buildView, type TableView } from './view';
import { splitUnitBlocks } from './unit-blocks';

export * from './view';
export * from './roles';
export * from './standard';
export { cellRef, cellValue, amountIn, type CellRef } from './cells';
export { outlineOf, type OutlineItem } from './outline';
export { isUnitLine } from './unit-blocks';

const VIEWS = new WeakMap<DisclosureDocument, TableView[]>();

/** Performance-target tables (绩效目标表) hold indicators and scores, not budget arithmetic. */
const NOT_MONEY_TABLE = /绩效|目标表|指标/;

/** Views of every money table of a document, built once. */
export function tableViews(doc: DisclosureDocument): TableView[] {
  let v = VIEWS.get(doc);
  if (!v) {
    v = doc.tables
      .filter((t) => !NOT_MONEY_TABLE.test(t.title))
      .map(buildView)
      .flatMap(splitUnitBlocks);
    VIEWS.set(doc, v);
  }
  return v;
}

/** Views of one standard table; a consolidated table's per-unit blocks are not the department's. */
export function viewsByRole(doc: DisclosureDocument, role: TableView['role']): TableView[] {
  return tableViews(doc).filter((v) => v.role === role && !v.unitBlock);
}
