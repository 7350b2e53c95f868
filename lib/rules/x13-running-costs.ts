// X13 (soft): the narrative's 机关运行经费 and the tables: equal to a printed 机关运行经费 column
// (hard), and close to the basic-spending table's 公用经费 (soft: they differ for 事业单位).
import { cellRef, tableViews, viewsByRole, type CellRef } from '../tables';
import type { Rule } from './types';
import type { Messages } from './support/message';
import type { FindingDraft } from './support/sum-finding';
import { compareSamePrinting } from './support/same-value';
import { amountIn, cellValue } from '../tables';
import { fmt } from './support/sum-finding';
import { quantityValue } from './support/anchor';
import { SAME_AT_COARSER } from './support/tolerances';

function tableCell(ctx: Parameters<Rule['check']>[0]): { cell: CellRef; hard: boolean } | undefined {
  const views = tableViews(ctx.doc);
  for (const v of views.filter((x) => x.role === 'three-public')) {
    const col = v.columns.find(
      (c) => c.kind === 'amount' && c.path.some((p) => /机关运行经费/.test(p)) && !c.path.some((p) => /上年|决算/.test(p)),
    );
    const row = v.rows.filter((r) => col && r.values[col.index]).at(-1);
    if (col && row) return { cell: cellRef(v, row, col.index), hard: true };
  }
  const basic = viewsByRole(ctx.doc, 'gpb-basic')[0];
  const col = basic?.columns.find((c) => c.kind === 'amount' && c.label === '公用经费' && !c.path.some((p) => /上年/.test(p)));
  const row = basic?.rows.find((r) => r.total && !r.code);
  if (basic && col && row?.values[col.index]) return { cell: cellRef(basic, row, col.index), hard: false };
  return undefined;
}

// The table compared: its own 机关运行经费 line (hard), or the basic-spending table's 公用经费 (soft).
const MESSAGES: Messages = {
  matchRunning: {
    zh: '文中机关运行经费 {text} 与表中“机关运行经费” {table} 一致',
    en: "The text's running costs {text} match the table ({table})",
  },
  differRunning: {
    zh: '文中机关运行经费 {text} 与表中“机关运行经费” {table} 不一致',
    en: "The text's running costs {text} differ from the table ({table})",
  },
  matchPublic: {
    zh: '文中机关运行经费 {text} 与基本支出表“公用经费” {table} 一致',
    en: "The text's running costs {text} match the table ({table})",
  },
  differPublic: {
    zh: '文中机关运行经费 {text} 与基本支出表“公用经费” {table} 不一致',
    en: "The text's running costs {text} differ from the table ({table})",
  },
};

const rule: Rule = {
  meta: {
    id: 'X13',
    kind: 'soft',
    description: {
      zh: '文字中的机关运行经费等于表中机关运行经费，并与基本支出表的公用经费相符',
      en: "The narrative's running costs equal the table's 机关运行经费 and match the basic-spending table's running costs",
    },
    messages: MESSAGES,
  },
  check(ctx) {
    const q = ctx.claims.quantities.find(
      (x) => x.amount.kind === 'money' && !x.changeWord && /^机关运行经费(支出|预算|决算)?(总计)?$/.test(x.key),
    );
    const t = q && tableCell(ctx);
    if (!q || !t) return [];
    const unit = q.amount.unit;
    const tv = amountIn(t.cell, unit);
    const table = { ...q.amount, value: tv.value, decimals: tv.decimals, unit };
    const ok = compareSamePrinting(table, q.amount);
    const f: FindingDraft = {
      rule: 'X13',
      status: ok ? 'pass' : t.hard ? 'fail' : 'warn',
      messageId: `${ok ? 'match' : 'differ'}${t.hard ? 'Running' : 'Public'}`,
      data: { text: q.amount.text, table: `${fmt(tv.value, Math.min(tv.decimals, 4))} ${unit}` },
      formula: `${q.amount.value} = ${fmt(tv.value, Math.min(tv.decimals, 4))} ${unit}`,
      values: [quantityValue(ctx.doc, q), cellValue(t.cell)],
      expected: `${fmt(tv.value, Math.min(tv.decimals, 4))} ${unit}`,
      actual: q.amount.text,
      difference: q.amount.value.minus(tv.value).toString(),
      tolerance: SAME_AT_COARSER,
      evidence: [{ page: t.cell.view.table.page, text: t.cell.view.table.title }],
      table: t.cell.view.table.id,
    };
    return [f];
  },
};
export default rule;
