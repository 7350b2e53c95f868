// C2 (domain.md §A.6): this year's 年初结转和结余 = last year's 年末结转和结余, fund by fund.
import { DEFAULT_TOLERANCE } from '../amount';
import type { DisclosureDocument } from '../model';
import { C2_MESSAGES } from '../rules';
import { tableViews, outlineOf } from '../tables';
import { equalFinding, type CheckInput, type FindingDraft, type CellAt } from './checks';
import { normName } from './items';

/** Outline lines under a heading ("年初结转和结余" → its 一般公共预算/政府性基金 lines), by fund. */
function carryLines(doc: DisclosureDocument, heading: RegExp): Map<string, CellAt> {
  const out = new Map<string, CellAt>();
  for (const view of tableViews(doc)) {
    if (view.role !== 'summary' && view.role !== 'fiscal-summary') continue;
    for (const block of view.blocks) {
      const col = block.amounts[0];
      if (col === undefined) continue;
      const outline = outlineOf(view, block, col);
      const at = outline.findIndex((o) => heading.test(normName(o.name)));
      if (at < 0) continue;
      const top = outline[at];
      const key = (name: string) => `${view.role}:${name}`;
      if (!out.has(key('合计'))) out.set(key('合计'), { doc, view, row: top.cell.row, col });
      for (const o of outline.slice(at + 1)) {
        if (o.level <= top.level && o.kind !== 'detail') break;
        const fund = normName(o.name).replace(/^(其中)?/, '');
        if (!out.has(key(fund))) out.set(key(fund), { doc, view, row: o.cell.row, col });
      }
    }
  }
  return out;
}

export function checkC2(input: CheckInput): FindingDraft[] {
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const opening = carryLines(input.current, /^年初结转和结余/);
  const closing = carryLines(input.prior, /^年末结转和结余/);
  const out: FindingDraft[] = [];
  for (const [key, cur] of opening) {
    const prev = closing.get(key);
    if (prev) out.push(equalFinding('C2', C2_MESSAGES, input.lang, { fund: key }, prev, cur, tol));
  }
  return out;
}
