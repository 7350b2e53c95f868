import { cellRef, tableViews } from '../tables';
import type { FindingDraft } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import { col, totalRow } from './support/columns';

/** W10: 人员经费 = 301 + 303, 公用经费 = 302 + 310 (column style, as in the budget's basic-spending table). */
function personnelPublicFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc).filter((x) => x.role === 'gpb-basic' && x.codeKind === 'economic')) {
    const total = totalRow(v);
    const all = col(v, /^(合计|总计|小计)$/);
    const personnel = col(v, /^人员经费(支出)?$/);
    const running = col(v, /^公用经费(支出)?$/);
    if (!total || !all || !personnel || !running) continue;
    const classes = v.rows.filter((r) => r.level === 1 && r.code);
    const known = new Set(['301', '302', '303', '310']);
    // Another 类 with money must be assigned by the year's template: leave the identity alone then.
    if (classes.some((r) => !known.has(r.code!) && r.values[all.index] && !r.values[all.index]!.value.isZero())) continue;
    const title = tableName(v);
    // Which 303 (or 302) items count as personnel is the year's and the city's convention; the
    // table's own 人员经费 / 公用经费 columns say where each class went, so they are what must add up.
    const rowsWith = (c: number) => classes.filter((r) => r.values[c]).map((r) => cellRef(v, r, c));
    const p = rowsWith(personnel.index);
    const g = rowsWith(running.index);
    if (p.length && total.values[personnel.index])
      out.push(
        cellSumFinding(
          ctx,
          'W10',
          joinWhat(title, {
            zh: ` 人员经费合计 = Σ 类（${p.map((r) => r.row.code).join(' + ')}）`,
            en: `: personnel total = Σ classes (${p.map((r) => r.row.code).join(' + ')})`,
          }),
          cellRef(v, total, personnel.index),
          p,
        ),
      );
    if (g.length && total.values[running.index])
      out.push(
        cellSumFinding(
          ctx,
          'W10',
          joinWhat(title, {
            zh: ` 公用经费合计 = Σ 类（${g.map((r) => r.row.code).join(' + ')}）`,
            en: `: running-cost total = Σ classes (${g.map((r) => r.row.code).join(' + ')})`,
          }),
          cellRef(v, total, running.index),
          g,
        ),
      );
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W10',
    kind: 'hard',
    description: {
      zh: '基本支出经济分类表中人员经费合计、公用经费合计各等于其列中各类（301、302、303、310…）之和',
      en: 'In the basic-spending table the personnel and running-cost totals each equal the sum of their column over the classes (301, 302, 303, 310…)',
    },
    messages: TABLE_MESSAGES,
  },
  check: personnelPublicFindings,
};
export default rule;
