import { TABLE_MESSAGES } from './support/table-finding';
import { equalCells, first, isFinal, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

/** The basic-spending table's 合计, 人员经费 and 公用经费 = the general-budget table's basic spending and its two parts. */
export function basicTableVsGeneralBudget(ctx: RuleContext, id: string): FindingDraft[] {
  const basic = first(ctx, 'gpb-basic');
  const gpb = first(ctx, 'gpb-expenditure');
  return [
    ...equalCells(
      ctx,
      id,
      { zh: '基本支出表合计 = 一般公共预算支出表基本支出', en: 'basic-spending table total = general-budget table’s basic spending' },
      totalCell(basic, /^(合计|总计)$/),
      totalCell(gpb, /^基本支出$/) ?? totalCell(gpb, /基本支出.*小计|^小计$/),
    ),
    ...equalCells(
      ctx,
      id,
      { zh: '基本支出表人员经费 = 一般公共预算支出表人员经费', en: 'basic-spending table personnel = general-budget table’s personnel' },
      totalCell(basic, /^人员经费$/),
      totalCell(gpb, /^人员经费$/),
    ),
    ...equalCells(
      ctx,
      id,
      {
        zh: '基本支出表公用经费 = 一般公共预算支出表公用经费',
        en: 'basic-spending table running costs = general-budget table’s running costs',
      },
      totalCell(basic, /^公用经费$/),
      totalCell(gpb, /^公用经费$/),
    ),
  ];
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
