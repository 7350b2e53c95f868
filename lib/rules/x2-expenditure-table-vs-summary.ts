import { TABLE_MESSAGES } from './support/table-finding';
import { cellRef } from '../tables';
import { equalCells, equalsOneOf, first, isFinal, stripNumbering, summaryCell, totalCell } from './support/cross-table-cells';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';

const SPENDING_KINDS = ['基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'];

/** The spending table's total = the summary's 本年支出合计 (or 支出总计), and each 类 row = the summary's line of that name. */
export function spendingTableVsSummary(ctx: RuleContext, id: string): FindingDraft[] {
  const summary = first(ctx, 'summary');
  const spend = first(ctx, 'expenditure');
  const out = equalsOneOf(
    ctx,
    id,
    {
      zh: '支出表合计 = 收支总表本年支出合计（或支出总计）',
      en: 'spending table total = summary table’s spending this year (or total spending)',
    },
    totalCell(spend, /^(合计|总计|支出总计|本年支出合计)$/),
    [summaryCell(summary, /^(本年|当年)支出(合计|小计)$/), summaryCell(summary, /^(支出总计|总计)$/)],
  );
  if (!spend || !summary) return out;
  // A summary listing spending by kind (长沙: 一、基本支出 / 二、项目支出 …): each line = the spending table's column total.
  for (const kind of SPENDING_KINDS) {
    const re = new RegExp(`^${kind}$`);
    out.push(
      ...equalCells(
        ctx,
        id,
        { zh: `${kind}：支出表合计 = 收支总表`, en: `${kind}: spending table total = summary table` },
        totalCell(spend, re),
        summaryCell(summary, re),
      ),
    );
  }
  for (const row of spend.rows.filter((r) => r.level === 1 && r.code?.startsWith('2'))) {
    const col = spend.columns.find((c) => c.kind === 'amount' && /^(合计|总计|支出总计|本年支出合计)$/.test(c.label)); // a final heads it 本年支出合计
    if (!col || !row.values[col.index]) continue;
    const line = summaryCell(summary, new RegExp(`^${row.name.replace(/[()（）]/g, '.')}$`));
    if (line && stripNumbering(row.name))
      out.push(
        ...equalCells(
          ctx,
          id,
          { zh: `${row.code} ${row.name}：支出表 = 收支总表`, en: `${row.code} ${row.name}: spending table = summary table` },
          cellRef(spend, row, col.index),
          line,
        ),
      );
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'X2',
    kind: 'hard',
    description: {
      zh: '支出表合计、各类支出及基本支出、项目支出等列合计等于收支总表中的对应数',
      en: 'The spending table total, each 类 row and each column by kind (基本支出, 项目支出…) equal the matching lines of the summary table',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => (isFinal(ctx) ? [] : spendingTableVsSummary(ctx, 'X2')),
};
export default rule;
