// The 年初预算 a final account states in its narrative, where its tables print none: per 项
// ("1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：… 年初预算为 1560.05 万元") and in
// total ("一般公共预算财政拨款支出年初预算为2993.92万元"), each with the function code of the line it names.
import { yuanFactor } from '../amount';
import type { Claims, Quantity } from '../claims';
import type { DisclosureDocument } from '../model';
import type { TableView } from '../tables';

export interface StatedBudget {
  key: string; // "gpb-expenditure:2010601", "gpb-expenditure:合计"
  line: string; // "2010601 行政运行", "合计"
  q: Quantity;
}

const INITIAL = /年初预算数?[为是：:]?\s*$/;
const TOTAL = /一般公共预算财政拨款支出(决算)?年初预算数?[为是：:]?\s*$/;
const NAME = '[^\\s。；;，,、：:（）()\\d]+?';
const ITEM = new RegExp(`(${NAME})（(?:\\d{3})?类）(${NAME})（(?:\\d{2})?款）(?:(${NAME})（(?:\\d{2})?项）)?`, 'g');
const norm = (s: string) => s.replace(/\s|支出$/g, '');

/** The last 类/款/项 label in `text` with nothing stated after it yet (no 年初预算 of its own). */
function lastItem(text: string, ownMentions: number): string[] | undefined {
  const m = [...text.matchAll(ITEM)].at(-1);
  if (!m) return undefined;
  const tail = text.slice(m.index! + m[0].length);
  if ((tail.match(/年初预算/g)?.length ?? 0) !== ownMentions) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).map(norm);
}

/** The one row a 类/款/项 name path names in a function-code table, or none when not exactly one. */
function rowNamed(view: TableView, names: string[]): TableView['rows'][number] | undefined {
  let found = view.rows.filter((r) => r.level === 1 && norm(r.name) === names[0]);
  for (let level = 2; level <= names.length; level++) {
    const parents = found;
    found = view.rows.filter(
      (r) => r.level === level && norm(r.name) === names[level - 1] && parents.some((p) => p.code && r.code?.startsWith(p.code)),
    );
  }
  return found.length === 1 ? found[0] : undefined;
}

export function statedInitialBudgets(doc: DisclosureDocument, claims: Claims, tables: TableView[]): StatedBudget[] {
  const out: StatedBudget[] = [];
  const seen = new Set<string>();
  const push = (s: StatedBudget) => {
    if (!seen.has(s.key)) (seen.add(s.key), out.push(s));
  };
  for (const q of claims.quantities) {
    if (q.amount.kind !== 'money' || q.changeWord || !yuanFactor(q.amount.unit)) continue;
    const text = doc.blocks[q.block]?.text ?? '';
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    if (!INITIAL.test(before)) continue;
    if (TOTAL.test(before)) {
      push({ key: 'gpb-expenditure:合计', line: '合计', q });
      continue;
    }
    // The item heads the paragraph; a page break may have put it at the end of the block before.
    const head = text.slice(0, q.start);
    const names = lastItem(head, 1) ?? (head.search(ITEM) >= 0 ? undefined : lastItem(doc.blocks[q.block - 1]?.text ?? '', 0));
    if (!names) continue;
    for (const view of tables) {
      const row = rowNamed(view, names);
      if (!row?.code) continue;
      push({ key: `gpb-expenditure:${row.code}`, line: `${row.code} ${row.name}`, q });
      break;
    }
  }
  return out;
}
