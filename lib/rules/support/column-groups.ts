// Row totals across columns, read from the header tree: a 合计/小计 column equals the sum of its
// sibling columns under the same header (公务用车购置及运行费 › 小计 = 购置费 + 运行费; 合计 = 基本支出 + 项目支出).
// Which identity a group checks (W5, W6, W7, W11, W13) follows from its column names: each of those
// rules holds its own test of the names.
import type { RuleContext } from '../types';
import type { FindingDraft } from './sum-finding';
import { cellRef, tableViews, type Column, type TableView } from '../../tables';
import { cellSumFinding, joinWhat, tableName } from './table-finding';
import { NON_ADDITIVE_COLUMN } from '../w8-code-hierarchy';

const TOTAL_COLUMN = /^(合计|小计|总计)$/;

interface Group {
  total: Column;
  parts: Column[]; // the columns whose cells add up to the total's
  /** The parts' header names below the total's, joined: what the rules tell the identities by. */
  labels: string;
}

const startsWith = (path: string[], prefix: string[]) => prefix.every((p, i) => path[i] === p);

function groupsOf(view: TableView): Group[] {
  const amounts = view.columns.filter((c) => c.kind === 'amount');
  const out: Group[] = [];
  for (const total of amounts.filter((c) => TOTAL_COLUMN.test(c.label))) {
    const prefix = total.path.slice(0, -1);
    // "其中：…" columns single out a detail of a sibling; they are never parts of a sum.
    const under = amounts.filter(
      (c) => c !== total && c.path.length > prefix.length && startsWith(c.path, prefix) && !c.path.some((p) => /^其中/.test(p)),
    );
    if (!under.length || under.some((c) => c.path.some((p) => NON_ADDITIVE_COLUMN.test(p)))) continue;
    // Each child header contributes its own 合计/小计 column when it has one, else its leaves.
    const byChild = new Map<string, Column[]>();
    for (const c of under) byChild.set(c.path[prefix.length], [...(byChild.get(c.path[prefix.length]) ?? []), c]);
    const parts: Column[] = [];
    for (const cols of byChild.values()) {
      const own = cols.find((c) => c.path.length === prefix.length + 2 && TOTAL_COLUMN.test(c.label));
      parts.push(...(own ? [own] : cols.filter((c) => !TOTAL_COLUMN.test(c.label))));
    }
    if (parts.length < 2 && !(parts.length === 1 && byChild.size === 1)) continue;
    out.push({ total, parts, labels: parts.map((p) => p.path.slice(prefix.length).join('')).join(' ') });
  }
  return out;
}

const GROUPS = new WeakMap<TableView, Group[]>();

function cachedGroups(view: TableView): Group[] {
  let g = GROUPS.get(view);
  if (!g) GROUPS.set(view, (g = groupsOf(view)));
  return g;
}

/** Row by row, total column = Σ part columns, for the column groups whose names the rule accepts. */
export function columnGroupFindings(ctx: RuleContext, rule: string, accepts: (labels: string) => boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const view of tableViews(ctx.doc)) {
    for (const g of cachedGroups(view)) {
      if (!accepts(g.labels)) continue;
      for (const row of view.rows) {
        // Parts printed blank while the total is not: the row only carries its total (or the cells
        // were not read); there is nothing to add up.
        if (g.parts.every((p) => !row.values[p.index])) continue;
        const name = row.code ? `${row.code} ${row.name}` : row.name || `#${row.index + 1}`;
        const what = joinWhat(tableName(view), ` ${name}：${g.total.path.join('·')}`);
        out.push(
          cellSumFinding(
            ctx,
            rule,
            what,
            cellRef(view, row, g.total.index),
            g.parts.map((p) => cellRef(view, row, p.index)),
          ),
        );
      }
    }
  }
  return out;
}
