// W10, W12, W14 and the soft X12: identities that need a table's column names to find their cells.
import { Decimal, compareSum } from '../amount';
import { amountIn, cellRef, cellValue, isUnitLine, tableViews, viewsByRole, type CellRef, type TableView } from '../tables';
import type { FindingDraft } from './sum-finding';
import { fmt } from './sum-finding';
import type { RuleContext } from './types';
import { cellSumFinding } from './table-finding';

const col = (v: TableView, label: RegExp) => v.columns.find((c) => c.kind === 'amount' && label.test(c.label) && !c.path.some((p) => /上年|其中/.test(p)));
const totalRow = (v: TableView) => v.rows.find((r) => r.total && !r.code);

/** W10: 人员经费 = 301 + 303, 公用经费 = 302 + 310 (column style, as in the budget's basic-spending table). */
export function personnelPublicFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc).filter((x) => x.role === 'gpb-basic' && x.codeKind === 'economic')) {
    const total = totalRow(v);
    const all = col(v, /^(合计|总计|小计)$/);
    const personnel = col(v, /^人员经费$/);
    const running = col(v, /^公用经费$/);
    if (!total || !all || !personnel || !running) continue;
    const classes = v.rows.filter((r) => r.level === 1 && r.code);
    const known = new Set(['301', '302', '303', '310']);
    // Another 类 with money must be assigned by the year's template: leave the identity alone then.
    if (classes.some((r) => !known.has(r.code!) && r.values[all.index] && !r.values[all.index]!.value.isZero())) continue;
    const title = v.table.title || v.table.id;
    // Which 303 (or 302) items count as personnel is the year's and the city's convention; the
    // table's own 人员经费 / 公用经费 columns say where each class went, so they are what must add up.
    const rowsWith = (c: number) => classes.filter((r) => r.values[c]).map((r) => cellRef(v, r, c));
    const p = rowsWith(personnel.index);
    const g = rowsWith(running.index);
    if (p.length && total.values[personnel.index]) out.push(cellSumFinding(ctx, 'W10', `${title} 人员经费合计 = Σ 类（${p.map((r) => r.row.code).join(' + ')}）`, cellRef(v, total, personnel.index), p));
    if (g.length && total.values[running.index]) out.push(cellSumFinding(ctx, 'W10', `${title} 公用经费合计 = Σ 类（${g.map((r) => r.row.code).join(' + ')}）`, cellRef(v, total, running.index), g));
  }
  return out;
}

/** W12: per row, 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (fund tables of final accounts). */
export function carryOverFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc)) {
    const find = (re: RegExp) => v.columns.find((c) => c.kind === 'amount' && c.path.some((p) => re.test(p)) && (c.path.length === 1 || /合计|小计/.test(c.label) || c.path.at(-1) === c.path.find((p) => re.test(p))));
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
      const f = cellSumFinding(ctx, 'W12', `${v.table.title || v.table.id} ${row.code ?? ''} ${row.name}：年末 = 年初 + 收入 − 支出`, target, refs);
      f.status = verdict.status;
      f.formula = `${fmt(o.value, o.decimals)} + ${fmt(i.value, i.decimals)} − ${fmt(s.value, s.decimals)} = ${fmt(amountIn(target, unit).value, amountIn(target, unit).decimals)} ${unit}`;
      f.expected = `${fmt(verdict.expected, Math.max(o.decimals, i.decimals, s.decimals))} ${unit}`;
      f.difference = verdict.difference.toString();
      f.tolerance = verdict.toleranceText;
      out.push(f);
    }
  }
  return out;
}

/** W14: the project table's 合计 = Σ projects, per amount column. */
export function projectTotalFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const v of tableViews(ctx.doc).filter((x) => x.role === 'projects')) {
    const total = v.rows.find((r) => r.total);
    if (!total) continue;
    const projects = v.rows.filter((r) => r !== total && !r.total && r.name && !/^其中/.test(r.name));
    // Lists grouped by unit print each unit's subtotal above its projects: the total is then the sum
    // of the subtotals or of the projects, never of both; when neither reading holds, the table's
    // structure (or its extent over many pages) was not read with certainty.
    const units = projects.filter(isUnitLine);
    const readings = units.length >= 2 ? [units, projects.filter((r) => !isUnitLine(r))] : [projects];
    for (const c of v.columns.filter((x) => x.kind === 'amount' && !x.path.some((p) => /率|%|上年|其中/.test(p)))) {
      if (!total.values[c.index] || projects.length < 2) continue;
      const what = `${v.table.title || v.table.id} 合计（${c.label}）= Σ ${units.length >= 2 ? '单位小计或项目' : '项目'}`;
      const tries = readings.map((rows) => cellSumFinding(ctx, 'W14', what, cellRef(v, total, c.index), rows.map((r) => cellRef(v, r, c.index))));
      const held = tries.find((f) => f.status === 'pass' || f.status === 'rounding');
      out.push(held ?? (units.length >= 2 ? { ...tries[0], status: 'unverifiable' } : tries[0]));
    }
  }
  return out;
}

/** X12 (soft): each 三公 item in the basic-spending table ≤ the same item in the 三公 table. */
const THREE_PUBLIC_CODES: [string, RegExp][] = [['30212', /因公出国/], ['30217', /公务接待/], ['30231', /运行(维护)?费$/], ['31013', /购置费$/]];

export function threePublicSubsetFindings(ctx: RuleContext): FindingDraft[] {
  const basic = viewsByRole(ctx.doc, 'gpb-basic').find((v) => v.codeKind === 'economic');
  const three = viewsByRole(ctx.doc, 'three-public')[0];
  if (!basic || !three) return [];
  const all = col(basic, /^(合计|总计|小计)$/);
  const dataRow = three.rows.filter((r) => r.values.some(Boolean)).at(-1);
  if (!all || !dataRow) return [];
  const out: FindingDraft[] = [];
  for (const [code, label] of THREE_PUBLIC_CODES) {
    const row = basic.rows.find((r) => r.code === code && (label.test(r.name) || /因公出国|公务接待|公务用车/.test(r.name)));
    const column = three.columns.find((c) => c.kind === 'amount' && label.test(c.label) && !c.path.some((p) => /上年|决算/.test(p)));
    if (!row?.values[all.index] || !column || !dataRow.values[column.index]) continue;
    const a = cellRef(basic, row, all.index);
    const b = cellRef(three, dataRow, column.index);
    const unit = three.unit || basic.unit;
    const x = amountIn(a, unit);
    const y = amountIn(b, unit);
    const ok = x.value.lte(y.value.plus(new Decimal(0.5).times(new Decimal(10).pow(-Math.min(x.decimals, y.decimals)))));
    out.push({
      rule: 'X12',
      status: ok ? 'pass' : 'warn',
      message: ctx.lang === 'zh'
        ? `${row.code} ${row.name}（基本支出）${fmt(x.value, x.decimals)} ${unit} ${ok ? '不超过' : '超过了'}“三公”经费表中的${three.columns[column.index].label} ${fmt(y.value, y.decimals)} ${unit}${ok ? '' : '（“三公”经费包括基本和项目支出，应不小于其基本支出部分）'}`
        : `${row.code} ${row.name} (basic spending) ${fmt(x.value, x.decimals)} ${unit} ${ok ? 'is within' : 'exceeds'} the 三公 table's ${three.columns[column.index].label} ${fmt(y.value, y.decimals)} ${unit}`,
      formula: `${fmt(x.value, x.decimals)} ≤ ${fmt(y.value, y.decimals)} ${unit}`,
      values: [cellValue(a), cellValue(b)],
      expected: `≤ ${fmt(y.value, y.decimals)} ${unit}`,
      actual: `${fmt(x.value, x.decimals)} ${unit}`,
      difference: x.value.minus(y.value).toString(),
      tolerance: 'soft: the 三公 table covers basic and project money',
      evidence: [{ page: basic.table.page, text: basic.table.title }, { page: three.table.page, text: three.table.title }],
      table: three.table.id,
    });
  }
  return out;
}
