// Identities between tables (domain.md §A.6 X1–X7, X9, X10): the same quantity printed in two
// standard tables must agree — totals, per-类 rows, and per-code rows.
import type { RuleContext } from './types';
import type { FindingDraft } from './sum-finding';
import { cacheDrafts, cachedDrafts, type DocCache } from './doc-cache';
import { cellRef, outlineOf, viewsByRole, type CellRef, type TableRole, type TableView } from '../tables';
import { cellEqualFinding } from './table-finding';

const CACHE: DocCache = new WeakMap();

function first(ctx: RuleContext, role: TableRole): TableView | undefined {
  return viewsByRole(ctx.doc, role).find((v) => v.rows.length);
}

/** The total row's cell in the first column whose header matches. */
function totalCell(v: TableView | undefined, column: RegExp): CellRef | undefined {
  if (!v) return undefined;
  const row = v.rows.find((r) => r.total && !r.code && /合计|总计/.test(r.name || '合计')) ?? v.rows.find((r) => r.total && !r.code);
  const col = v.columns.find((c) => c.kind === 'amount' && column.test(c.label) && !c.path.some((p) => /上年|结转|其中/.test(p)));
  if (!row || !col || !row.values[col.index]) return undefined;
  return cellRef(v, row, col.index);
}

/** A summary table's line by name (本年支出合计, 收入总计…), in the first amount column of its block (or a named one). */
function summaryCell(v: TableView | undefined, name: RegExp, column?: RegExp): CellRef | undefined {
  if (!v) return undefined;
  for (const block of v.blocks) {
    const col = column ? block.amounts.find((c) => column.test(v.columns[c].label)) : block.amounts[0];
    if (col === undefined) continue;
    const item = outlineOf(v, block, col).find((i) => name.test(i.name));
    if (item?.cell.amount) return item.cell;
  }
  return undefined;
}

const stripNumbering = (s: string) => s.replace(/^[一二三四五六七八九十]+[、是]|^\d+[.、．]/, '').replace(/（类）$/, '');

export function crossTableFindings(ctx: RuleContext): FindingDraft[] {
  let all = cachedDrafts(CACHE, ctx);
  if (all) return all;
  all = [];
  const push = (id: string, what: string, a?: CellRef, b?: CellRef) => {
    if (a && b && a.view !== b.view) all!.push(cellEqualFinding(ctx, id, what, a, b));
  };
  /** A table total that may or may not include carry-overs: it must equal one of the summary's lines;
   *  a mismatch is reported only when those lines print one and the same amount. */
  const pushEither = (id: string, what: string, a: CellRef | undefined, lines: (CellRef | undefined)[]) => {
    const bs = lines.filter((b): b is CellRef => Boolean(b && a && b.view !== a.view));
    if (!a || !bs.length) return;
    const tries = bs.map((b) => cellEqualFinding(ctx, id, what, a, b));
    const ok = tries.find((f) => f.status === 'pass' || f.status === 'rounding');
    if (ok) all!.push(ok);
    else if (new Set(bs.map((b) => b.amount?.value.toString())).size === 1) all!.push(tries[0]);
  };
  const summary = first(ctx, 'summary');
  const fiscal = first(ctx, 'fiscal-summary');
  const income = first(ctx, 'income');
  const spend = first(ctx, 'expenditure');
  const gpb = first(ctx, 'gpb-expenditure');
  const basic = first(ctx, 'gpb-basic');
  const projects = first(ctx, 'projects');
  const final = ctx.doc.info.kind.endsWith('final');
  const ids = final ? { x1: 'X8', x2: 'X9', x4: 'X10', x6: 'X11' } : { x1: 'X1', x2: 'X2', x4: 'X4', x6: 'X6' };

  pushEither(ids.x1, '收入表合计 = 收支总表本年收入合计（或收入总计）', totalCell(income, /^(合计|总计|小计|本年收入合计)$/),
    [summaryCell(summary, /^(本年|当年)收入(合计|小计)$/), summaryCell(summary, /^(收入总计|总计)$/)]);
  pushEither(ids.x2, '支出表合计 = 收支总表本年支出合计（或支出总计）', totalCell(spend, /^(合计|总计|支出总计|本年支出合计)$/),
    [summaryCell(summary, /^(本年|当年)支出(合计|小计)$/), summaryCell(summary, /^(支出总计|总计)$/)]);

  // Per 类: the spending table's 类 rows and the summary's spending lines of the same name.
  if (spend && summary) {
    for (const row of spend.rows.filter((r) => r.level === 1 && r.code?.startsWith('2'))) {
      const col = spend.columns.find((c) => c.kind === 'amount' && /^(合计|总计|支出总计)$/.test(c.label));
      if (!col || !row.values[col.index]) continue;
      const line = summaryCell(summary, new RegExp(`^${row.name.replace(/[()（）]/g, '.')}$`));
      if (line && stripNumbering(row.name)) push(ids.x2, `${row.code} ${row.name}：支出表 = 收支总表`, cellRef(spend, row, col.index), line);
    }
  }

  push(ids.x4, '一般公共预算支出表合计 = 财政拨款收支总表一般公共预算支出', totalCell(gpb, /^(合计|总计)$/),
    summaryCell(fiscal, /^(支出总计|本年支出合计)$/, /一般公共预算/));
  push(ids.x6, '基本支出表合计 = 一般公共预算支出表基本支出', totalCell(basic, /^(合计|总计)$/), totalCell(gpb, /^基本支出$/) ?? totalCell(gpb, /基本支出.*小计|^小计$/));
  push(ids.x6, '基本支出表人员经费 = 一般公共预算支出表人员经费', totalCell(basic, /^人员经费$/), totalCell(gpb, /^人员经费$/));
  push(ids.x6, '基本支出表公用经费 = 一般公共预算支出表公用经费', totalCell(basic, /^公用经费$/), totalCell(gpb, /^公用经费$/));
  if (!final) push('X7', '项目支出表合计 = 支出表项目支出', totalCell(projects, /^(合计|总计|项目支出)$/), totalCell(spend, /^项目支出$/));

  // X5: per code, the general-budget table equals the spending table when all money is general budget.
  const gpbTotal = totalCell(gpb, /^(合计|总计)$/);
  const spendTotal = totalCell(spend, /^(合计|总计|支出总计)$/);
  if (gpb && spend && gpbTotal?.amount && spendTotal?.amount && gpbTotal.amount.value.eq(spendTotal.amount.value) && gpb.unit === spend.unit) {
    const gcol = gpb.columns.find((c) => c.kind === 'amount' && /^(合计|总计)$/.test(c.label))!;
    const scol = spend.columns.find((c) => c.kind === 'amount' && /^(合计|总计|支出总计)$/.test(c.label))!;
    for (const row of gpb.rows.filter((r) => r.code && r.values[gcol.index])) {
      const twin = spend.rows.find((r) => r.code === row.code && r.name.replace(/\s/g, '') === row.name.replace(/\s/g, ''));
      if (twin?.values[scol.index]) push(final ? 'X10' : 'X5', `${row.code} ${row.name}：一般公共预算支出表 = 支出表（全部为一般公共预算）`, cellRef(gpb, row, gcol.index), cellRef(spend, twin, scol.index));
    }
  }
  cacheDrafts(CACHE, ctx, all);
  return all;
}
