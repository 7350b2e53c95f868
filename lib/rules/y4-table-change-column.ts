// Y4: where a table prints last year, this year and the change side by side, change = this − last
// (some 三公 and summary tables), per row.
import { cellRef, tableViews, type Column } from '../tables';
import { compareSum } from '../amount';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import { amountIn } from '../tables';

type Triple = { last: Column; now: Column; change: Column };

/**
 * "2021年 | 2022年 | 增减变化情况", each group over the same columns (西安 三公 tables): per column of
 * the change group, its counterpart under this year's group and under last year's.
 */
function groupedTriples(columns: Column[], year: number | undefined): Triple[] {
  const amounts = columns.filter((c) => c.kind === 'amount' && c.path.length > 1);
  const yearOf = (c: Column) => Number(/^(20\d{2})\s*年/.exec(c.path[0])?.[1]);
  const isNow = (c: Column) => /^本年/.test(c.path[0]) || (year !== undefined && yearOf(c) === year);
  const isLast = (c: Column) => (/^上年/.test(c.path[0]) && !/结转|结余/.test(c.path[0])) || (year !== undefined && yearOf(c) === year - 1);
  // The same column of another group: the same name at the same place in its group (the group
  // headers above it may be printed differently).
  const start = (c: Column) => amounts.find((a) => a.path[0] === c.path[0])!.index;
  const rest = (c: Column) => `${c.index - start(c)}›${c.label}`;
  const out: Triple[] = [];
  for (const change of amounts.filter((c) => /^(增减|变化|比上年增减)/.test(c.path[0]))) {
    const now = amounts.find((c) => isNow(c) && rest(c) === rest(change));
    const last = amounts.find((c) => isLast(c) && rest(c) === rest(change));
    if (now && last) out.push({ last, now, change });
  }
  return out;
}

function flatTriple(columns: Column[]): Triple[] {
  const amounts = columns.filter((c) => c.kind === 'amount');
  const last = amounts.find((c) => /上年/.test(c.label) && !/结转|结余/.test(c.label));
  const change = amounts.find((c) => /^(增减|增减额|增减数|增加额|变动额|比上年增减)/.test(c.label));
  const now = amounts.find((c) => c !== last && c !== change && /本年|预算数|决算数|20\d{2}年/.test(c.label) && !/上年/.test(c.label));
  return last && change && now ? [{ last, now, change }] : [];
}

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
      const flat = flatTriple(v.columns);
      for (const { last, now, change } of flat.length ? flat : groupedTriples(v.columns, ctx.doc.info.year))
        for (const row of v.rows) {
          if (!row.values[change.index] || !row.values[now.index]) continue;
          const target = cellRef(v, row, now.index);
          const parts = [cellRef(v, row, last.index), cellRef(v, row, change.index)];
          // this year = last year + change
          const column = change.path.length > 1 ? `·${change.path.slice(1).join('·')}` : '';
          const what = joinWhat(tableName(v), ` ${row.name}${column}`, {
            zh: '：本年 = 上年 + 增减',
            en: ': this year = last year + change',
          });
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
