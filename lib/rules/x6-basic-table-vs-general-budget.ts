import { cellSumFinding, TABLE_MESSAGES } from './support/table-finding';
import { cellRef, type CellRef, type TableView } from '../tables';
import { allGeneralBudget, equalCells, first, isFinal, summaryCell, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/**
 * The closing line of a basic-spending table printed as two blocks (人员经费 | 公用经费, the final
 * account's layout): "人员经费合计 2,152.26 | 公用经费合计 184.65", each label in its block's code or name column.
 */
function blockTotal(v: TableView | undefined, label: RegExp): CellRef | undefined {
  if (!v || v.blocks.length !== 2) return undefined;
  for (const block of v.blocks) {
    const from = Math.min(block.code ?? block.label, block.label);
    const amount = block.amounts[0];
    if (from < 0 || amount === undefined) continue;
    for (const row of v.rows) {
      const cells = v.table.rows[row.index] ?? [];
      const named = cells.slice(from, block.label + 1).some((c) => label.test(c.text.replace(/\s/g, '')));
      if (named && row.values[amount]) return cellRef(v, row, amount);
    }
  }
  return undefined;
}

/** The basic-spending table's 合计, 人员经费 and 公用经费 = the general-budget table's basic spending and its two parts. */
export function basicTableVsGeneralBudget(ctx: RuleContext, id: string): FindingDraft[] {
  const basic = first(ctx, 'gpb-basic');
  const gpb = first(ctx, 'gpb-expenditure');
  const gpbBasic = totalCell(gpb, /^基本支出$/) ?? totalCell(gpb, /^小计$/, /基本支出/); // 基本支出 over 小计 | 人员经费 | 公用经费
  const total = totalCell(basic, /^(合计|总计)$/);
  const fiscal = first(ctx, 'fiscal-summary');
  // A general-budget table without a 基本支出 column: the fiscal summary's 基本支出 line, when all its money is general budget.
  const fiscalBasic = !gpbBasic && allGeneralBudget(fiscal) ? summaryCell(fiscal, /^基本支出$/) : undefined;
  const personnel = totalCell(basic, /^人员经费(支出)?$/);
  const running = totalCell(basic, /^公用经费(支出)?$/);
  const out = [
    ...equalCells(
      ctx,
      id,
      { zh: '基本支出表合计 = 一般公共预算支出表基本支出', en: 'basic-spending table total = general-budget table’s basic spending' },
      total,
      gpbBasic,
    ),
    ...equalCells(
      ctx,
      id,
      { zh: '基本支出表人员经费 = 一般公共预算支出表人员经费', en: 'basic-spending table personnel = general-budget table’s personnel' },
      personnel,
      totalCell(gpb, /^人员经费(支出)?$/),
    ),
    ...equalCells(
      ctx,
      id,
      {
        zh: '基本支出表公用经费 = 一般公共预算支出表公用经费',
        en: 'basic-spending table running costs = general-budget table’s running costs',
      },
      running,
      totalCell(gpb, /^公用经费(支出)?$/),
    ),
  ];
  out.push(
    ...equalCells(
      ctx,
      id,
      {
        zh: '基本支出表合计 = 财政拨款收支总表基本支出（全部为一般公共预算）',
        en: 'basic-spending table total = fiscal summary’s basic spending (all general budget)',
      },
      total,
      fiscalBasic,
    ),
  );
  if (total || personnel || running || !gpbBasic) return out;
  const blockPersonnel = blockTotal(basic, /^人员经费合计$/);
  const blockRunning = blockTotal(basic, /^公用经费合计$/);
  if (blockPersonnel && blockRunning && blockPersonnel.view !== gpbBasic.view)
    out.push(
      cellSumFinding(
        ctx,
        id,
        {
          zh: '基本支出表人员经费合计 + 公用经费合计 = 一般公共预算支出表基本支出',
          en: 'basic-spending table personnel total + running-costs total = general-budget table’s basic spending',
        },
        gpbBasic,
        [blockPersonnel, blockRunning],
      ),
    );
  return out;
}

const rule: Rule = {
  meta: {
    id: 'X6',
    kind: 'hard',
    description: {
      zh: '基本支出表合计（人员经费、公用经费）等于一般公共预算支出表的基本支出',
      en: 'The basic-spending table (personnel, running costs) equals the basic spending of the general-budget table',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [] : basicTableVsGeneralBudget(ctx, 'X6')),
};
export default rule;
