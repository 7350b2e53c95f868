// Consolidated (汇总) tables print, under the department's total, each unit's own total row and
// then that unit's full 类/款/项 block ("深圳市…局（本级） 156,491.01" / 205 / 20503 / … / "深圳市…
// 仲裁院 …" / 205 / …). Read as one hierarchy, every 类 would add up the blocks of all units; so
// such a table becomes one view per unit block, each its own hierarchy; the department's own line
// above the blocks ("深圳市…局 571,347.93") keeps a view of its own over the unit lines.
import type { Row, TableView } from './view';

/** A unit's (or the department's) own line: a body's name, no code, with amounts. */
const BODY_NAME = /(局|委员会|委|院|中心|所|站|馆|队|处|办公室|办|室|会|校|学|部|厅|社|台|团|园|（本级）|\(本级\)|（机关）)$/;
/** A consolidated table has at least this many unit lines, each followed by coded rows. */
const MIN_UNITS = 2;

export function isUnitLine(r: Row): boolean {
  return !r.code && !r.total && BODY_NAME.test(r.name) && r.values.some(Boolean);
}

export function splitUnitBlocks(view: TableView): TableView[] {
  const starts = view.rows.map((r, i) => (isUnitLine(r) ? i : -1)).filter((i) => i >= 0);
  const withCodes = starts.filter((s, k) => view.rows.slice(s + 1, starts[k + 1] ?? view.rows.length).some((r) => r.code));
  if (withCodes.length < MIN_UNITS) return [view];
  const units = starts.map((s, k) => {
    const head = view.rows[s];
    const rows = view.rows.slice(s + 1, starts[k + 1] ?? view.rows.length);
    return { ...view, rows: [{ ...head, total: true }, ...rows], unitBlock: head.name };
  });
  // The department's own line, printed above the first unit's block with no codes of its own, is the
  // department's view: its total over the unit lines (a 合计 row printed above it stays with it).
  const first = starts[0];
  if (first === withCodes[0]) return units;
  const department: TableView = {
    ...view,
    rows: [...view.rows.slice(0, first), { ...view.rows[first], total: true }, ...starts.slice(1).map((s) => view.rows[s])],
  };
  return [department, ...units.slice(1)];
}
