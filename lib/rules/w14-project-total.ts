import { cellRef, isUnitLine, tableViews } from '../tables';
import type { FindingDraft } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import { cellSumFinding, joinWhat, tableName, TABLE_MESSAGES } from './support/table-finding';

/** W14: the project table's 合计 = Σ projects, per amount column. */
function projectTotalFindings(ctx: RuleContext): FindingDraft[] {
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
      const byUnit = units.length >= 2;
      const what = joinWhat(tableName(v), {
        zh: ` 合计（${c.label}）= Σ ${byUnit ? '单位小计或项目' : '项目'}`,
        en: `: total (${c.label}) = Σ ${byUnit ? 'unit subtotals or projects' : 'projects'}`,
      });
      const tries = readings.map((rows) =>
        cellSumFinding(
          ctx,
          'W14',
          what,
          cellRef(v, total, c.index),
          rows.map((r) => cellRef(v, r, c.index)),
        ),
      );
      const held = tries.find((f) => f.status === 'pass' || f.status === 'rounding');
      out.push(held ?? (units.length >= 2 ? { ...tries[0], status: 'unverifiable' } : tries[0]));
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'W14',
    kind: 'hard',
    description: { zh: '项目支出表合计等于各项目之和', en: 'The project table total equals the sum of the projects' },
    messages: TABLE_MESSAGES,
  },
  check: projectTotalFindings,
};
export default rule;
