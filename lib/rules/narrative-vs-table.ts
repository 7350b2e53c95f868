// Narrative figures against the tables (domain.md §A.6 N1, N3): totals named in the text equal the
// summary table's lines; an item's amount ("公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元")
// equals its code row. Compared at the narrative's unit and precision (万元 text, 元 tables).
import { compareEqual, yuanFactor } from '../amount';
import type { Quantity } from '../claims';
import { amountIn, cellRef, cellValue, outlineOf, viewsByRole, type CellRef, type TableView } from '../tables';
import type { FindingDraft } from './sum-finding';
import { fmt, operandIn } from './sum-finding';
import type { RuleContext } from './types';
import { quantityValue, textEvidence } from './anchor';
import { say, type Messages } from './message';

const MESSAGES: Messages = {
  pass: { zh: '文中“{label}” {text} 与{where} {cell} 一致', en: 'The text\'s "{label}" {text} matches {where} {cell}' },
  rounding: { zh: '文中“{label}” {text} 与{where} {cell} 在四舍五入范围内一致', en: 'The text\'s "{label}" {text} agrees with {where} {cell} within rounding' },
  fail: { zh: '文中“{label}” {text} 与{where} {cell} 不一致', en: 'The text\'s "{label}" {text} differs from {where} {cell}' },
  failUnit: { zh: '文中“{label}” {text} 与{where} {cell} 相差约一万倍，疑为单位（元/万元）错误', en: 'The text\'s "{label}" {text} is about 10,000 times {where} {cell}: a 元/万元 unit error' },
};

function compare(ctx: RuleContext, rule: string, q: Quantity, cell: CellRef, where: string): FindingDraft {
  const unit = q.amount.unit;
  const t = amountIn(cell, unit);
  const n = operandIn(q, unit);
  // At the narrative's (coarser) precision: the table's figure rounded to it must be the narrative's.
  const v = compareEqual(t, n, ctx.tolerance);
  if (t.decimals > n.decimals && t.value.toDecimalPlaces(n.decimals).eq(n.value)) v.status = 'pass';
  const data = { label: q.label, text: q.amount.text, where, cell: `${fmt(t.value, Math.min(t.decimals, 6))} ${unit}（${cell.view.table.rows[cell.row.index]?.[cell.col]?.text ?? ''} ${cell.view.unit}）` };
  const s = ctx.claims.sentences[q.sentence];
  return {
    rule,
    status: v.status,
    message: say(MESSAGES, v.status === 'fail' && v.unitError ? 'failUnit' : v.status, ctx.lang, data),
    formula: `${fmt(n.value, n.decimals)} = ${fmt(t.value, Math.min(t.decimals, 6))} ${unit}`,
    values: [quantityValue(ctx.doc, q), cellValue(cell)],
    expected: `${fmt(t.value, Math.min(t.decimals, 6))} ${unit}`,
    actual: q.amount.text,
    difference: n.value.minus(t.value).toString(),
    tolerance: v.toleranceText,
    evidence: [textEvidence(ctx.doc, s.block, s.start, s.end), { page: cell.view.table.page, text: cell.view.table.title || cell.view.table.id, bbox: cell.view.table.bbox }],
    table: cell.view.table.id,
    tableTitle: cell.view.table.title || cell.view.table.id,
  };
}

// ---- N3: item amounts against code rows ----------------------------------------------------

const CODED = /（(\d{3})类）.*?（(\d{2})款）(?:.*?（(\d{2})项）)?/;
const NAMED = /^(.+?)（类）(.+?)（款）(?:(.+?)（项）)?$/;
const norm = (s: string) => s.replace(/\s|支出$/g, '');

function rowFor(view: TableView, label: string): { row: TableView['rows'][number] } | undefined {
  const coded = CODED.exec(label);
  if (coded) {
    const code = coded[1] + coded[2] + (coded[3] ?? '');
    const row = view.rows.find((r) => r.code === code);
    return row ? { row } : undefined;
  }
  const named = NAMED.exec(label.replace(/\s/g, ''));
  if (!named) return undefined;
  const [, lei, kuan, xiang] = named;
  const byName = (level: number, name: string, prefix = '') => view.rows.filter((r) => r.level === level && r.code?.startsWith(prefix) && norm(r.name) === norm(name));
  const candidates = byName(1, lei).flatMap((l) => byName(2, kuan, l.code)).flatMap((k) => (xiang ? byName(3, xiang, k.code) : [k]));
  return candidates.length === 1 ? { row: candidates[0] } : undefined;
}

export function itemFindings(ctx: RuleContext): FindingDraft[] {
  const view = viewsByRole(ctx.doc, 'gpb-expenditure').find((v) => v.codeKind === 'function') ?? viewsByRole(ctx.doc, 'expenditure').find((v) => v.codeKind === 'function');
  if (!view) return [];
  const col = view.columns.find((c) => c.kind === 'amount' && /^(合计|总计|决算数|预算数|小计)$/.test(c.label) && !c.path.some((p) => /上年|年初|结转/.test(p)));
  if (!col) return [];
  const final = ctx.doc.info.kind.endsWith('final');
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (const q of ctx.claims.quantities) {
    if (q.amount.kind !== 'money' || q.changeWord || !yuanFactor(q.amount.unit)) continue;
    // The item's name heads its paragraph; its amount is the headline (budget) or the 决算 (final).
    const head = ctx.claims.quantities.find((x) => x.block === q.block && x.amount.kind === 'money');
    const itemLabel = head?.label ?? '';
    const isTarget = final ? /决算/.test(q.label) && !/预算/.test(q.label) : q === head;
    if (!isTarget || !(CODED.test(itemLabel) || NAMED.test(itemLabel.replace(/\s/g, '')))) continue;
    const found = rowFor(view, itemLabel);
    if (!found || !found.row.values[col.index]) continue;
    const key = `${q.block}:${found.row.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(compare(ctx, 'N3', q, cellRef(view, found.row, col.index), `${view.table.title || view.table.id} ${found.row.code} ${found.row.name}`));
  }
  return out;
}

// ---- N1: totals named in the text against the summary table --------------------------------

const TOTAL_KEYS: [RegExp, RegExp][] = [
  [/^(收入支出总计|收支总计|收入总计|收支总预算)$/, /^(收入总计|总计)$/],
  [/^(收入|收入预算|收入合计)$/, /^(收入总计|总计|(本年|当年)收入(合计|小计))$/],
  [/^(本年收入|本年收入合计|当年收入)$/, /^(本年|当年)收入(合计|小计)$/],
  [/^(支出总计)$/, /^(支出总计|总计)$/],
  [/^(支出|支出预算|支出合计)$/, /^(支出总计|总计|(本年|当年)支出(合计|小计))$/],
  [/^(本年支出|本年支出合计|当年支出)$/, /^(本年|当年)支出(合计|小计)$/],
];

/** Totals of one fund or of 财政拨款 only: named before the number in its paragraph, or by the heading above it. */
const SCOPE = /财政拨款|一般公共预算|政府性基金|国有资本经营|社会保险基金/;
function narrowerScope(ctx: RuleContext, q: { block: number; start: number; label: string }): boolean {
  if (SCOPE.test(q.label)) return false; // the label names its scope; the table lines are matched by it
  const before = ctx.doc.blocks[q.block].text.slice(0, q.start).split(/[。；]/).slice(-2).join('。'); // this sentence and the one before
  const heading = ctx.doc.blocks[q.block - 1]?.text ?? '';
  return SCOPE.test(before) || (heading.length <= 30 && SCOPE.test(heading));
}

export function totalFindings(ctx: RuleContext): FindingDraft[] {
  const summary = viewsByRole(ctx.doc, 'summary').find((v) => v.blocks.length >= 2);
  if (!summary) return [];
  const lines: { name: string; cell: CellRef }[] = [];
  for (const block of summary.blocks) {
    if (block.amounts[0] === undefined) continue;
    for (const i of outlineOf(summary, block, block.amounts[0])) if (i.cell.amount) lines.push({ name: i.name, cell: i.cell });
  }
  const year = String(ctx.doc.info.year ?? '');
  const out: FindingDraft[] = [];
  for (const q of ctx.claims.quantities) {
    if (q.amount.kind !== 'money' || q.changeWord || !yuanFactor(q.amount.unit)) continue;
    const years = q.label.match(/20\d{2}/g) ?? [];
    if (years.some((y) => y !== year)) continue;
    const pair = TOTAL_KEYS.find(([k]) => k.test(q.key));
    if (!pair) continue;
    if (narrowerScope(ctx, q)) continue;
    const candidates = lines.filter((l) => pair[1].test(l.name));
    if (!candidates.length) continue;
    const findings = candidates.map((c) => compare(ctx, 'N1', q, c.cell, `${summary.table.title || summary.table.id}“${c.name}”`));
    const ok = findings.find((f) => f.status === 'pass' || f.status === 'rounding');
    if (ok) out.push(ok);
    // A mismatch is reported only when every candidate line prints the same amount.
    else if (new Set(candidates.map((c) => c.cell.amount!.value.toString())).size === 1) out.push(findings[0]);
  }
  return out;
}
