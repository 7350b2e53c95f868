import { compareSum } from '../amount';
import { amountIn, cellRef, tableViews, type CellRef } from '../tables';
import type { FindingDraft } from './support/sum-finding';
import { fmt } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  ...TABLE_MESSAGES,
  balancePass: {
    zh: '{what}：年初 {opening} + 收入 {income} − 支出 {spending} = {sum}，等于年末 {closing}',
    en: '{what}: opening {opening} + income {income} − spending {spending} = {sum}, equal to the year-end {closing}',
  },
  balanceRounding: {
    zh: '{what}：年初 {opening} + 收入 {income} − 支出 {spending} = {sum}，与年末 {closing} 相差 {diff}，在四舍五入范围内',
    en: '{what}: opening {opening} + income {income} − spending {spending} = {sum}; the year-end {closing} differs by {diff}, within rounding',
  },
  balanceFail: {
    zh: '{what}：年初 {opening} + 收入 {income} − 支出 {spending} = {sum}，与年末 {closing} 不符，相差 {diff}',
    en: '{what}: opening {opening} + income {income} − spending {spending} = {sum}, but the year-end balance is {closing} (off by {diff})',
  },
};

/** W12: per row, 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (fund tables of final accounts). */
function carryOverFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc)) {
    const find = (re: RegExp) =>
      v.columns.find(
        (c) =>
          c.kind === 'amount' &&
          c.path.some((p) => re.test(p)) &&
          (c.path.length === 1 || /合计|小计/.test(c.label) || c.path.at(-1) === c.path.find((p) => re.test(p))),
      );
    const opening = find(/^年初结转和结余/);
    const income = find(/^本年收入/);
    const spending = find(/^本年支出/);
    const closing = find(/^年末结转和结余/);
    if (!opening || !income || !spending || !closing) continue;
    for (const row of v.rows) {
      if (!row.values[closing.index] && !row.values[opening.index]) continue;
      const refs: CellRef[] = [opening, income, spending].map((c) => cellRef(v, row, c.index));
      const target = cellRef(v, row, closing.index);
      const unit = v.unit;
      const [o, i, s] = refs.map((r) => amountIn(r, unit));
      const verdict = compareSum([o, i, { ...s, value: s.value.negated() }], amountIn(target, unit), ctx.tolerance);
      const f = cellSumFinding(
        ctx,
        'W12',
        joinWhat(tableName(v), ` ${row.code ?? ''} ${row.name}`, {
          zh: '：年末 = 年初 + 收入 − 支出',
          en: ': closing = opening + income − spending',
        }),
        target,
        refs,
      );
      if (f.messageId === 'unread') {
        out.push(f); // a cell that could not be read as one number: not checked
        continue;
      }
      const d = Math.max(o.decimals, i.decimals, s.decimals);
      const t = amountIn(target, unit);
      f.status = verdict.status;
      f.messageId = verdict.status === 'pass' ? 'balancePass' : verdict.status === 'rounding' ? 'balanceRounding' : 'balanceFail';
      f.data = {
        what: joinWhat(tableName(v), ` ${row.code ?? ''} ${row.name}`),
        opening: fmt(o.value, o.decimals),
        income: fmt(i.value, i.decimals),
        spending: fmt(s.value, s.decimals),
        sum: `${fmt(verdict.expected, d)} ${unit}`.trim(),
        closing: `${fmt(t.value, t.decimals)} ${unit}`.trim(),
        diff: `${verdict.difference.abs().toString()} ${unit}`.trim(),
      };
      f.formula = `${fmt(o.value, o.decimals)} + ${fmt(i.value, i.decimals)} − ${fmt(s.value, s.decimals)} = ${fmt(amountIn(target, unit).value, amountIn(target, unit).decimals)} ${unit}`;
      f.expected = `${fmt(verdict.expected, Math.max(o.decimals, i.decimals, s.decimals))} ${unit}`;
      f.difference = verdict.difference.toString();
      f.tolerance = verdict.toleranceText;
      out.push(f);
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W12',
    kind: 'hard',
    description: {
      zh: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（每一行）',
      en: 'Year-end balance = opening balance + income − spending (every row)',
    },
    messages: MESSAGES,
  },
  check: carryOverFindings,
};
export default rule;
