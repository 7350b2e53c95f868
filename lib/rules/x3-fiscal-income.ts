// X3: the fiscal summary's current-year fund lines (一般公共预算 + 政府性基金 + 国有资本经营) add up to
// the summary table's 财政拨款收入 line, or, where the summary lists the funds itself, each equals its line there.
import { outlineOf, viewsByRole, type CellRef, type OutlineItem } from '../tables';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { cellSumFinding, TABLE_MESSAGES } from './support/table-finding';
import { equalCells } from './support/cross-table-cells';

const FUNDS = [/^一般公共预算/, /^政府性基金/, /^国有资本经营/];
const fundLine = (items: OutlineItem[], re: RegExp) => items.find((i) => re.test(i.name) && !/结转|结余/.test(i.name) && i.kind === 'item');

const rule: Rule = {
  meta: {
    id: 'X3',
    kind: 'hard',
    description: {
      zh: '财政拨款收支总表中本年各项财政拨款收入之和等于收支总表的财政拨款收入（收支总表逐项列出时逐项相等）',
      en: 'The fiscal summary\u2019s current-year fund income lines add up to the summary table\u2019s fiscal appropriation line (or each equals its line there)',
    },
    messages: TABLE_MESSAGES,
  },
  check(ctx) {
    const summary = viewsByRole(ctx.doc, 'summary').find((v) => v.blocks.length >= 2);
    const fiscal = viewsByRole(ctx.doc, 'fiscal-summary').find((v) => v.blocks.length >= 2);
    if (!summary || !fiscal) return [];
    const first = summary.blocks[0];
    const lines = first.amounts[0] === undefined ? [] : outlineOf(summary, first, first.amounts[0]);
    const line = lines.find((i) => /^财政拨款(收入)?$/.test(i.name) && i.cell.amount)?.cell;
    const block = fiscal.blocks[0];
    if (block.amounts[0] === undefined) return [];
    const items = outlineOf(fiscal, block, block.amounts[0]);
    // 福州: the summary prints 一、一般公共预算拨款收入 / 二、政府性基金预算拨款收入 … with no 财政拨款 line. Only
    // beside its own 上年结转 line are those this year's money (重庆 folds the carry-over into them).
    if (!line && lines.some((i) => /^上年结转/.test(i.name)))
      return FUNDS.flatMap((re) => {
        const [a, b] = [fundLine(items, re), fundLine(lines, re)];
        if (!a?.cell.amount || !b?.cell.amount) return [];
        const what = { zh: `财政拨款收支总表${a.name} = 收支总表${b.name}`, en: `fiscal summary’s ${a.name} = summary table’s ${b.name}` };
        return equalCells(ctx, 'X3', what, a.cell, b.cell);
      });
    if (!line) return [];
    const parts: CellRef[] = [];
    for (const re of FUNDS) {
      const item = items.find((i) => re.test(i.name) && !/结转|结余/.test(i.name));
      if (item) parts.push(item.cell);
    }
    if (parts.length < 2) return [];
    const f: FindingDraft = cellSumFinding(
      ctx,
      'X3',
      {
        zh: `${fiscal.table.title} 本年财政拨款收入 = ${summary.table.title} 财政拨款收入`,
        en: `${fiscal.table.title}: fiscal appropriations this year = ${summary.table.title}: fiscal appropriations`,
      },
      line,
      parts,
    );
    return [f];
  },
};
export default rule;
