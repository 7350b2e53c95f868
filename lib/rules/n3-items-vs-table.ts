// N3: an item's amount in the text ("公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元")
// equals its code row in the spending table.
import { yuanFactor } from '../amount';
import { cellRef, viewsByRole, type TableView } from '../tables';
import type { FindingDraft } from './support/sum-finding';
import type { Rule, RuleContext } from './types';
import { narrativeVsCell, NARRATIVE_CELL_MESSAGES } from './support/narrative-cell';
import { joinWhat, tableName } from './support/table-finding';

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
  const byName = (level: number, name: string, prefix = '') =>
    view.rows.filter((r) => r.level === level && r.code?.startsWith(prefix) && norm(r.name) === norm(name));
  const candidates = byName(1, lei)
    .flatMap((l) => byName(2, kuan, l.code))
    .flatMap((k) => (xiang ? byName(3, xiang, k.code) : [k]));
  return candidates.length === 1 ? { row: candidates[0] } : undefined;
}

function itemFindings(ctx: RuleContext): FindingDraft[] {
  const view =
    viewsByRole(ctx.doc, 'gpb-expenditure').find((v) => v.codeKind === 'function') ??
    viewsByRole(ctx.doc, 'expenditure').find((v) => v.codeKind === 'function');
  if (!view) return [];
  const col = view.columns.find(
    (c) => c.kind === 'amount' && /^(合计|总计|决算数|预算数|小计)$/.test(c.label) && !c.path.some((p) => /上年|年初|结转/.test(p)),
  );
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
    out.push(
      narrativeVsCell(ctx, 'N3', q, cellRef(view, found.row, col.index), joinWhat(tableName(view), ` ${found.row.code} ${found.row.name}`)),
    );
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'N3',
    kind: 'hard',
    description: {
      zh: '文字说明中按科目列示的金额与支出表对应科目行一致',
      en: 'Amounts the text gives per classification item equal that code\u2019s row in the spending table',
    },
    messages: NARRATIVE_CELL_MESSAGES,
  },
  check: itemFindings,
};
export default rule;
