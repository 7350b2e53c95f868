import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { columnGroupFindings } from './support/column-groups';
import { threePublicRows } from './support/three-public-rows';
import { threePublicFunds } from './support/three-public-funds';
import { cellRef, viewsByRole, type Row } from '../tables';
import { NON_ADDITIVE_COLUMN } from './w8-code-hierarchy';

/** The 三公 table's columns: trips abroad, hospitality, vehicles (purchase, running). */
export const isThreePublicGroup = (labels: string) => /因公出国|公务接待|购置费|运行(维护)?费|公务用车/.test(labels);

/** A 三公 table printed as rows: 合计 = 因公出国 + 公务用车 + 公务接待, 公务用车 = 购置 + 运行, in each amount column. */
function rowFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const view of viewsByRole(ctx.doc, 'three-public')) {
    const rows = threePublicRows(view);
    if (!rows.vehicles) continue;
    const sums: [Row | undefined, (Row | undefined)[]][] = [
      [rows.total, [rows.trips, rows.vehicles, rows.hospitality]],
      [rows.vehicles, [rows.purchase, rows.running]],
    ];
    for (const col of view.columns.filter((c) => c.kind === 'amount' && !c.path.some((p) => NON_ADDITIVE_COLUMN.test(p)))) {
      for (const [total, parts] of sums) {
        if (!total || parts.some((p) => !p) || ![total, ...parts].some((r) => r!.values[col.index])) continue;
        out.push(
          cellSumFinding(
            ctx,
            'W13',
            joinWhat(tableName(view), ` ${total.name}（${col.label}）`),
            cellRef(view, total, col.index),
            parts.map((p) => cellRef(view, p!, col.index)),
          ),
        );
      }
    }
  }
  return out;
}

const VEHICLE_COLUMNS = [/^公务用车购置及运行(维护)?费$/, /^其中[:：]?公务用车购置费?$/, /^其中[:：]?公务用车运行(维护)?费$/];

/**
 * 三公 columns "公务用车购置及运行费 | 其中：公务用车购置费 | 其中：公务用车运行费" (长沙): the two 其中
 * columns are the whole of the vehicles' column (the column groups leave 其中 columns out of sums).
 */
function vehicleColumnFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const view of viewsByRole(ctx.doc, 'three-public')) {
    const amounts = view.columns.filter((c) => c.kind === 'amount' && !c.path.some((p) => NON_ADDITIVE_COLUMN.test(p)));
    const cols = VEHICLE_COLUMNS.map((re) => amounts.filter((c) => re.test(c.label)));
    if (cols.some((c) => c.length !== 1)) continue;
    const [vehicles, purchase, running] = cols.map((c) => c[0]);
    for (const row of view.rows) {
      if (![vehicles, purchase, running].some((c) => row.values[c.index])) continue;
      const name = row.code ? `${row.code} ${row.name}` : row.name || `#${row.index + 1}`;
      out.push(
        cellSumFinding(
          ctx,
          'W13',
          joinWhat(tableName(view), ` ${name}：${vehicles.label}`),
          cellRef(view, row, vehicles.index),
          [purchase, running].map((c) => cellRef(view, row, c.index)),
        ),
      );
    }
  }
  return out;
}

/** A 三公 table split by fund under each item, a row per year: per fund, 总计 = Σ items and 小计 = 购置 + 运行. */
function fundFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const view of viewsByRole(ctx.doc, 'three-public')) {
    for (const { sums } of threePublicFunds(view)) {
      for (const row of view.rows) {
        for (const [total, parts] of sums) {
          if (![total, ...parts].some((c) => row.values[c.index] && !row.values[c.index]!.value.isZero())) continue;
          // The row's labels (unit and 年度 columns): "深圳市财政局（本级） 2025 年".
          const cells = view.table.rows[row.index] ?? [];
          const labels = view.columns.filter((c) => c.kind !== 'amount').map((c) => cells[c.index]?.text.trim() ?? '');
          const name = labels.filter(Boolean).join(' ') || `#${row.index + 1}`;
          out.push(
            cellSumFinding(
              ctx,
              'W13',
              joinWhat(tableName(view), ` ${name}：${total.path.join('·')}`),
              cellRef(view, row, total.index),
              parts.map((p) => cellRef(view, row, p.index)),
            ),
          );
        }
      }
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W13',
    kind: 'hard',
    description: {
      zh: '“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车小计 = 购置费 + 运行费',
      en: '"Three public costs" table: total = trips abroad + vehicles + hospitality; vehicles subtotal = purchase + running',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => [
    ...columnGroupFindings(ctx, 'W13', isThreePublicGroup),
    ...rowFindings(ctx),
    ...vehicleColumnFindings(ctx),
    ...fundFindings(ctx),
  ],
};
export default rule;
