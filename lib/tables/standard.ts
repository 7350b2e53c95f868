// The standard tables a department disclosure publishes (domain.md §A.2/A.3), by role, with the
// names reports use for them. Government-level documents (§A.4) have no fixed set here.
import type { DisclosureDocument, DocKind } from '../model';
import type { TableRole } from './roles';

export const STANDARD_SET: Record<'budget' | 'final', TableRole[]> = {
  budget: ['summary', 'income', 'expenditure', 'fiscal-summary', 'gpb-expenditure', 'gpb-basic', 'fund', 'three-public'],
  final: ['summary', 'income', 'expenditure', 'fiscal-summary', 'gpb-expenditure', 'gpb-basic', 'three-public', 'fund', 'soe'],
};

/** The set a document of this kind must publish; [] for government-level and other documents. */
export function standardSetOf(kind: DocKind): TableRole[] {
  if (kind === 'dept-budget' || kind === 'unit-budget') return STANDARD_SET.budget;
  if (kind === 'dept-final' || kind === 'unit-final') return STANDARD_SET.final;
  return [];
}

/** The 国有资本经营 fund, named anywhere in a document's tables (a title, an income line, a column). */
const SOE_FUND = /国有资本经营/;

/**
 * The set this document publishes: its kind's set, less the 国资 table for a final account whose
 * tables never name that fund (older 决算 sets had eight tables, with no 国有资本经营 line or column).
 */
export function standardSetFor(doc: DisclosureDocument): TableRole[] {
  const set = standardSetOf(doc.info.kind);
  return namesSoeFund(doc) ? set : set.filter((r) => r !== 'soe');
}

/** Whether the tables name the 国有资本经营 fund at all (an eight-table 决算 set never does). */
export function namesSoeFund(doc: DisclosureDocument): boolean {
  return doc.tables.some(
    (t) => SOE_FUND.test(t.title.replace(/\s/g, '')) || t.rows.some((r) => r.some((c) => SOE_FUND.test(c.text.replace(/\s/g, '')))),
  );
}

export const ROLE_NAMES: Record<TableRole, string> = {
  summary: '收入支出总表',
  income: '收入表',
  expenditure: '支出表',
  'fiscal-summary': '财政拨款收支总表',
  'gpb-expenditure': '一般公共预算支出表',
  'gpb-basic': '一般公共预算基本支出表',
  fund: '政府性基金预算支出表',
  soe: '国有资本经营预算支出表',
  'three-public': '“三公”经费支出表',
  projects: '项目支出表',
  procurement: '政府采购表',
};
/** English names only: an English run prints Chinese only where the document itself does. */
export const ROLE_NAMES_EN: Record<TableRole, string> = {
  summary: 'income and expenditure summary',
  income: 'income table',
  expenditure: 'expenditure table',
  'fiscal-summary': 'fiscal appropriation summary',
  'gpb-expenditure': 'general public budget expenditure',
  'gpb-basic': 'general public budget basic expenditure',
  fund: 'government fund expenditure',
  soe: 'state capital operations expenditure',
  'three-public': '"three public costs" table',
  projects: 'project expenditure table',
  procurement: 'government procurement table',
};
