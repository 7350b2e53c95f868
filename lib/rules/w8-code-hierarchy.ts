// W8 / W9: in function-coded tables 类 = Σ 款 = Σ 项 on every amount column, and the 合计 row = Σ 类;
// in economic-coded tables 类 (301) = Σ its 款 (30101…), and the 合计 row = Σ 类 (301 + 302 + 303 …).
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { cellRef, tableViews, type Row, type TableView } from '../tables';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import { guessed, namedHierarchies } from './support/named-hierarchy';
import { hasValues, namedLines, subtotalIndex, summaryOutlines, totalIndex } from './support/summary-outline';

/**
 * Columns whose figures do not add up down the rows (rates, year-on-year changes, last year's
 * figures). A carry-over from last year (上年结转, 上年结余, 上年实户资金余额) is this year's money, and adds up.
 */
export const NON_ADDITIVE_COLUMN = /率|%|％|比|增减|增长|上年(?!结转|结余|实户)|变动/;

/**
 * A row's printed children: the nearest lines below it in the code tree. A 款 split into 项 without
 * a line of its own ("3010201 | 3010202" under 301, no 30102) leaves its 项 as the 类's children.
 */
function children(view: TableView, parent: Row): Row[] {
  const under = (r: Row, p: Row) => !!r.code && r.level! > p.level! && r.code.startsWith(p.code!);
  const below = view.rows.filter((r) => under(r, parent));
  return below.filter((r) => !below.some((q) => under(r, q)));
}

/** One economic classification list: one block, not a unit's block, every code a 30x/50x one, each 类 once. */
function economicList(view: TableView, tops: Row[]): boolean {
  const codes = view.rows.flatMap((r) => (r.code ? [r.code] : []));
  return (
    view.blocks.length === 1 &&
    !view.unitBlock &&
    codes.every((c) => /^[35]\d{2}/.test(c)) &&
    new Set(tops.map((t) => t.code)).size === tops.length
  );
}

/** A summary block listing 类 / 款 / 项 by name (no codes, no numbering): each 类 and 款 = Σ its lines. */
function summaryHierarchy(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const o of summaryOutlines(ctx).filter(hasValues)) {
    const sub = subtotalIndex(o.items);
    const named = namedLines(o.items, sub >= 0 ? sub : totalIndex(o.items));
    if (!named) continue;
    const column = o.view.columns[o.items[0]?.cell.col]?.label ?? '';
    for (const parent of named.placed) {
      const item = named.items[parent.index];
      if (parent.level === 3 || !item.cell.amount) continue;
      const kids = named.placed.filter((k) => k.level === parent.level + 1 && k.code.startsWith(parent.code));
      if (!kids.length) continue;
      const what = joinWhat(o.title, ` ${item.name}（${column}）`);
      const f = cellSumFinding(
        ctx,
        'W8',
        what,
        item.cell,
        kids.map((k) => named.items[k.index].cell),
      );
      out.push(guessed(f, named.uncertain.has(parent.index)));
    }
  }
  return out;
}

export function hierarchyFindings(ctx: RuleContext, rule: string, kind: 'function' | 'economic'): FindingDraft[] {
  const out: FindingDraft[] = [];
  const named = namedHierarchies(ctx.doc);
  const views = [...tableViews(ctx.doc).map((view) => ({ view, uncertain: new Set<number>() })), ...named];
  for (const { view, uncertain } of views) {
    if (view.codeKind !== kind) continue;
    const label = (r: Row) => (view.codesFromNames ? r.name : `${r.code} ${r.name}`);
    const cols = view.columns.filter((c) => c.kind === 'amount' && !c.path.some((p) => NON_ADDITIVE_COLUMN.test(p)));
    const coded = view.rows.filter((r) => r.code);
    const tops = coded.filter((r) => r.level === Math.min(...coded.map((x) => x.level!)));
    const total = view.rows.find((r) => r.total && !r.code);
    for (const col of cols) {
      /** `sum` = Σ `parts` in this column; `unsure` when the levels were guessed. */
      const sumOf = (what: Parameters<typeof cellSumFinding>[2], sum: Row, parts: Row[], unsure: boolean) =>
        out.push(
          guessed(
            cellSumFinding(
              ctx,
              rule,
              what,
              cellRef(view, sum, col.index),
              parts.map((k) => cellRef(view, k, col.index)),
            ),
            unsure,
          ),
        );
      for (const parent of coded) {
        if (!parent.level || parent.level === 3) continue;
        const kids = children(view, parent);
        if (!kids.length || !parent.values[col.index]) continue;
        if (kids.every((k) => !k.values[col.index])) continue; // children printed blank: nothing to add
        sumOf(joinWhat(tableName(view), ` ${label(parent)}（${col.label}）`), parent, kids, uncertain.has(parent.index));
      }
      // 合计 = Σ 类 only in classification tables whose top rows are 类 (not project lists with codes);
      // an economic table only when it is one block (a final's 人员经费 | 公用经费 side by side is not).
      const oneList = kind === 'function' || economicList(view, tops);
      if (oneList && total && total.values[col.index] && tops.length && tops[0].level === 1 && view.role !== 'projects') {
        sumOf(joinWhat(tableName(view), { zh: ` 合计（${col.label}）`, en: `: total (${col.label})` }), total, tops, uncertain.has(-1));
      }
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W8',
    kind: 'hard',
    description: {
      zh: '功能分类表中类 = Σ款 = Σ项（每一金额列），合计行 = Σ类',
      en: 'In function-coded tables 类 = Σ 款 = Σ 项 on every amount column, and the total row = Σ 类',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => [...hierarchyFindings(ctx, 'W8', 'function'), ...summaryHierarchy(ctx)],
};
export default rule;
