// Row totals across columns, read from the header tree: a 合计/小计 column equals the sum of its
// sibling columns under the same header (公务用车购置及运行费 › 小计 = 购置费 + 运行费; 合计 = 基本支出 + 项目支出).
// Which identity a group checks (W5, W6, W7, W11, W13) follows from its column names.
import type { RuleContext } from './types';
import type { FindingDraft } from './sum-finding';
import { cacheDrafts, cachedDrafts, type DocCache } from './doc-cache';
import { cellRef, tableViews, type Column, type TableView } from '../tables';
import { cellSumFinding } from './table-finding';
import { NON_ADDITIVE_COLUMN } from './w8-code-hierarchy';

const TOTAL_COLUMN = /^(合计|小计|总计)$/;

function identityOf(labels: string[]): 'W5' | 'W6' | 'W7' | 'W11' | 'W13' {
  const all = labels.join(' ');
  if (/因公出国|公务接待|购置费|运行(维护)?费|公务用车/.test(all)) return 'W13';
  if (/人员经费|公用经费/.test(all)) return 'W7';
  if (/一般公共预算|政府性基金|国有资本经营/.test(all) && !/收入/.test(all)) return 'W11';
  if (/基本支出|项目支出/.test(all)) return 'W6';
  return 'W5';
}

interface Group {
  total: Column;
  parts: Column[]; // the columns whose cells add up to the total's
  identity: ReturnType<typeof identityOf>;
}

const startsWith = (path: string[], prefix: string[]) => prefix.every((p, i) => path[i] === p);

function groupsOf(view: TableView): Group[] {
  const amounts = view.columns.filter((c) => c.kind === 'amount');
  const out: Group[] = [];
  for (const total of amounts.filter((c) => TOTAL_COLUMN.test(c.label))) {
    const prefix = total.path.slice(0, -1);
    // "其中：…" columns single out a detail of a sibling; they are never parts of a sum.
    const under = amounts.filter((c) => c !== total && c.path.length > prefix.length && startsWith(c.path, prefix) && !c.path.some((p) => /^其中/.test(p)));
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
    out.push({ total, parts, identity: identityOf(parts.map((p) => p.path.slice(prefix.length).join(''))) });
  }
  return out;
}

const CACHE: DocCache = new WeakMap();

export function columnGroupFindings(ctx: RuleContext): FindingDraft[] {
  let all = cachedDrafts(CACHE, ctx);
  if (all) return all;
  all = [];
  for (const view of tableViews(ctx.doc)) {
    for (const g of groupsOf(view)) {
      for (const row of view.rows) {
        // Parts printed blank while the total is not: the row only carries its total (or the cells
        // were not read); there is nothing to add up.
        if (g.parts.every((p) => !row.values[p.index])) continue;
        const name = row.code ? `${row.code} ${row.name}` : row.name || `#${row.index + 1}`;
        const what = `${view.table.title || view.table.id} ${name}：${g.total.path.join('·')}`;
        all.push(cellSumFinding(ctx, g.identity, what, cellRef(view, row, g.total.index), g.parts.map((p) => cellRef(view, row, p.index))));
      }
    }
  }
  cacheDrafts(CACHE, ctx, all);
  return all;
}
