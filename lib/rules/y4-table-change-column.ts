// Y4: where a table prints last year, this year and the change side by side, change = this − last
// (some 三公 and summary tables), per row.
import { cellRef, tableViews } from '../tables';
import { compareSum } from '../amount';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import { amountIn } from '../tables';

const rule: Rule = {
  meta: {
    id: 'Y4',
    kind: 'hard',
    description: {
      zh: '表中同时列有上年数、本年数和增减额时，增减额 = 本年数 − 上年数',
      en: 'Where a table prints last year, this year and the change, change = this year − last year',
    },
    messages: TABLE_MESSAGES,
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const v of tableViews(ctx.doc)) {
      const amounts = v.columns.filter((c) => c.kind === 'amount');
      const last = amounts.find((c) => /上年/.test(c.label) && !/结转|结余/.test(c.label));
      const change = amounts.find((c) => /^(增减|增减额|增减数|增加额|变动额|比上年增减)/.test(c.label));
      const now = amounts.find((c) => c !== last && c !== change && /本年|预算数|决算数|20\d{2}年/.test(c.label) && !/上年/.test(c.label));
      if (!last || !change || !now) continue;
      for (const row of v.rows) {
        if (!row.values[change.index] || !row.values[now.index]) continue;
        const target = cellRef(v, row, now.index);
        const parts = [cellRef(v, row, last.index), cellRef(v, row, change.index)];
        // this year = last year + change
        const what = joinWhat(tableName(v), ` ${row.name}`, { zh: '：本年 = 上年 + 增减', en: ': this year = last year + change' });
        const f = cellSumFinding(ctx, 'Y4', what, target, parts);
        const check = compareSum(
          parts.map((p) => amountIn(p, v.unit)),
          amountIn(target, v.unit),
          ctx.tolerance,
        );
        f.status = check.status;
        out.push(f);
      }
    }
    return out;
  },
};
export default rule;
