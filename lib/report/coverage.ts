// What a check could read and check: the standard tables its kind should publish, found, usable
// (their numbers read), identities checked per table, and what was left unchecked and why — so a
// document that checks little never looks like a clean one.
import type { DisclosureDocument } from '../model';
import type { Finding } from '../rules';
import { standardId, standardSetFor, tableViews, unreadCell, type TableRole, type TableView } from '../tables';

export type TableState = 'usable' | 'empty' | 'partial' | 'unreadable' | 'missing';

export interface TableCoverage {
  role: TableRole;
  id: string; // B01…B08 / F1…F9
  state: TableState;
  tables: string[]; // table ids in the document
  pages: number[];
  amounts: number; // cells read as amounts
  unread: number; // cells holding digits that were not read as amounts (or an amount glued to its label)
  identities: number; // computed findings (pass/rounding/fail/warn) that read this table
}

export type NotCheckedReason = 'missing' | 'unreadable-cells' | 'unreadable-pages' | 'unverifiable' | 'no-standard-set';

export interface NotChecked {
  reason: NotCheckedReason;
  table?: string; // standard id
  pages?: number[];
  count?: number;
}

export interface Coverage {
  expected: number;
  found: number;
  usable: number;
  /** Computed findings (pass/rounding/fail/warn) that read at least one table cell. */
  identities: number;
  /** Computed findings of any kind (tables and narrative). */
  checks: number;
  tables: TableCoverage[];
  /** Money tables outside the standard set (project, procurement, untitled …). */
  otherTables: number;
  /** Entries of the document's contents page (目录) that name a table. */
  listed?: number;
  notChecked: NotChecked[];
}

const COMPUTED = new Set(['pass', 'rounding', 'fail', 'warn']);
/** An amount glued to the end of a label ("19、自然资源海洋气象等支出18803323.32"). */
const GLUED_AMOUNT = /[\u4e00-\u9fff）)]\s*-?\d[\d,]*\.\d{1,2}$/;

function cellCounts(v: TableView): { amounts: number; unread: number } {
  let amounts = 0,
    unread = 0;
  const amountCols = v.columns.filter((c) => c.kind === 'amount').map((c) => c.index);
  const labelCols = v.columns.filter((c) => c.kind === 'name').map((c) => c.index);
  for (const r of v.rows) {
    const cells = v.table.rows[r.index] ?? [];
    for (const c of amountCols) {
      if (r.values[c]) amounts++;
      else if (unreadCell(cells[c]?.text ?? '', r.values[c] ?? null)) unread++;
    }
    for (const c of labelCols) if (GLUED_AMOUNT.test(cells[c]?.text.trim() ?? '')) unread++;
  }
  return { amounts, unread };
}

function stateOf(amounts: number, unread: number): TableState {
  if (unread === 0) return amounts ? 'usable' : 'empty';
  return amounts ? 'partial' : 'unreadable';
}

/** Tables each computed finding read, by table id. */
function identitiesByTable(findings: Finding[]): { perTable: Map<string, number>; total: number } {
  const perTable = new Map<string, number>();
  let total = 0;
  for (const f of findings) {
    if (!COMPUTED.has(f.status)) continue;
    const ids = new Set([f.table, ...f.values.map((v) => v.table)].filter((t): t is string => !!t));
    if (ids.size) total++;
    for (const id of ids) perTable.set(id, (perTable.get(id) ?? 0) + 1);
  }
  return { perTable, total };
}

/** Pages whose text maps to no Unicode: mostly private-use or replacement characters. */
export function unreadablePages(doc: DisclosureDocument): number[] {
  const text = new Map<number, string>();
  const add = (page: number, s: string) => text.set(page, (text.get(page) ?? '') + s);
  for (const b of doc.blocks) add(b.page, b.text);
  for (const t of doc.tables) for (const r of t.rows) for (const c of r) add(c.page ?? t.page, c.text);
  const out: number[] = [];
  for (const [page, s] of text) {
    const chars = s.replace(/\s/g, '');
    const bad = (chars.match(/[\ue000-\uf8ff\ufffd\u0000-\u001f]/gu) ?? []).length;
    if (chars.length >= 20 && bad / chars.length > 0.3) out.push(page);
  }
  return out.sort((a, b) => a - b);
}

const CONTENTS = /^目\s*录$|^报表目录$/;
/** How many tables the contents page (目录) lists: its lines that end in "…表" (dot leaders and page numbers dropped; part headings such as "第二部分 部门预算报表" are not tables). */
export function listedTables(doc: DisclosureDocument): number | undefined {
  const head = doc.blocks.find((b) => CONTENTS.test(b.text.replace(/\s/g, '')));
  if (!head) return undefined;
  const lines = doc.blocks.filter((b) => b.page === head.page || b.page === head.page + 1).flatMap((b) => b.text.split('\n'));
  const tables = doc.tables.filter((t) => t.page === head.page).flatMap((t) => t.rows.map((r) => r.map((c) => c.text).join('')));
  const names = new Set(
    [...lines, ...tables]
      .map((l) => l.replace(/\s/g, '').replace(/[.…·．_-]*\d*$/, ''))
      .filter((l) => /表$/.test(l) && !/报表$|^第.{1,3}部分/.test(l) && l.length >= 4 && l.length <= 60),
  );
  return names.size || undefined;
}

export function computeCoverage(doc: DisclosureDocument, findings: Finding[]): Coverage {
  const final = doc.info.kind.endsWith('final');
  const set = standardSetFor(doc);
  const views = tableViews(doc).filter((v) => !v.unitBlock);
  const { perTable, total } = identitiesByTable(findings);
  const tables: TableCoverage[] = set.map((role) => {
    const mine = views.filter((v) => v.role === role);
    let amounts = 0,
      unread = 0;
    for (const v of mine) {
      const c = cellCounts(v);
      amounts += c.amounts;
      unread += c.unread;
    }
    const ids = [...new Set(mine.map((v) => v.table.id))];
    const pages = [
      ...new Set(
        mine.flatMap((v) => {
          const ps: number[] = [];
          for (let p = v.table.page; p <= (v.table.pageEnd ?? v.table.page); p++) ps.push(p);
          return ps;
        }),
      ),
    ].sort((a, b) => a - b);
    return {
      role,
      id: standardId(role, final),
      state: mine.length ? stateOf(amounts, unread) : 'missing',
      tables: ids,
      pages,
      amounts,
      unread,
      identities: ids.reduce((n, id) => n + (perTable.get(id) ?? 0), 0),
    };
  });
  const standardIds = new Set(tables.flatMap((t) => t.tables));
  const notChecked: NotChecked[] = [];
  if (!set.length && doc.info.kind !== 'other') notChecked.push({ reason: 'no-standard-set' });
  for (const t of tables) {
    if (t.state === 'missing') notChecked.push({ reason: 'missing', table: t.id });
    else if (t.unread) notChecked.push({ reason: 'unreadable-cells', table: t.id, pages: t.pages, count: t.unread });
  }
  const badPages = unreadablePages(doc);
  if (badPages.length) notChecked.push({ reason: 'unreadable-pages', pages: badPages, count: badPages.length });
  const unverifiable = findings.filter((f) => f.status === 'unverifiable').length;
  if (unverifiable) notChecked.push({ reason: 'unverifiable', count: unverifiable });
  return {
    expected: set.length,
    found: tables.filter((t) => t.state !== 'missing').length,
    usable: tables.filter((t) => t.state === 'usable' || t.state === 'empty').length,
    identities: total,
    checks: findings.filter((f) => COMPUTED.has(f.status)).length,
    tables,
    otherTables: new Set(views.filter((v) => !standardIds.has(v.table.id)).map((v) => v.table.id)).size,
    listed: listedTables(doc),
    notChecked,
  };
}
