// N1: totals named in the text equal the summary table's lines.
import { yuanFactor } from '../amount';
import { outlineOf, viewsByRole, type CellRef } from '../tables';
import type { FindingDraft } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import { narrativeVsCell, NARRATIVE_CELL_MESSAGES } from './support/narrative-cell';
import { joinWhat, tableName } from './support/table-finding';

const TOTAL_KEYS: [RegExp, RegExp][] = [
  [/^(收入支出总计|收支总计|收入总计|收支总预算)$/, /^(收入总计|总计)$/],
  [/^(收入|收入预算|收入合计)$/, /^(收入总计|总计|(本年|当年)收入(合计|小计))$/],
  [/^(本年收入|本年收入合计|当年收入)$/, /^(本年|当年)收入(合计|小计)$/],
  [/^(支出总计)$/, /^(支出总计|总计)$/],
  [/^(支出|支出预算|支出合计)$/, /^(支出总计|总计|(本年|当年)支出(合计|小计))$/],
  [/^(本年支出|本年支出合计|当年支出)$/, /^(本年|当年)支出(合计|小计)$/],
];

/**
 * Totals of one fund or of 财政拨款 only: named before the number in its paragraph, or by the heading
 * above it; or of one 类/款/项 line, named before the number in its sentence.
 */
const SCOPE = /财政拨款|一般公共预算|政府性基金|国有资本经营|社会保险基金/;
const CLASS_LINE = /[（(][类款项][)）]/;
function narrowerScope(ctx: RuleContext, q: { block: number; start: number; label: string }): boolean {
  if (SCOPE.test(q.label)) return false; // the label names its scope; the table lines are matched by it
  const sentences = ctx.doc.blocks[q.block].text.slice(0, q.start).split(/[。；]/);
  // "检察（款）：2018 年预算支出合计 16,444.36 万元": the total of one classification line.
  if (CLASS_LINE.test(sentences.at(-1) ?? '')) return true;
  const before = sentences.slice(-2).join('。'); // this sentence and the one before
  const heading = ctx.doc.blocks[q.block - 1]?.text ?? '';
  return SCOPE.test(before) || (heading.length <= 30 && SCOPE.test(heading));
}

function totalFindings(ctx: RuleContext): FindingDraft[] {
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
    const findings = candidates.map((c) => narrativeVsCell(ctx, 'N1', q, c.cell, joinWhat(tableName(summary), `“${c.name}”`)));
    const ok = findings.find((f) => f.status === 'pass' || f.status === 'rounding');
    if (ok) out.push(ok);
    // A mismatch is reported only when every candidate line prints the same amount.
    else if (new Set(candidates.map((c) => c.cell.amount!.value.toString())).size === 1) out.push(findings[0]);
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'N1',
    kind: 'hard',
    description: {
      zh: '文字说明中的收入、支出总数与收支总表一致',
      en: 'Income and spending totals stated in the text equal the summary table',
    },
    messages: NARRATIVE_CELL_MESSAGES,
  },
  check: totalFindings,
};
export default rule;
