// RuleTester (after ESLint's): one table per rule id, valid and invalid cases over narrative text,
// hand-made tables (tests/support/model.ts) or real documents of ../shared with one cell or phrase changed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../lib/engine';
import type { DisclosureDocument } from '../../lib/model';
import type { Finding, Status } from '../../lib/rules';
import { realDocument } from './corpus';
import { disclosure } from './model';
import { CORPUS } from './paths';

/** Where a case's document comes from; `load` is called once per case (real documents are cached). */
export interface DocSource {
  label: string;
  load: () => DisclosureDocument | Promise<DisclosureDocument>;
}

/** Narrative text after the standard 2025 department-budget frame. */
export const text = (t: string): DocSource => ({ label: t.slice(0, 40), load: () => disclosure(t) });
/** A document built by the caller (e.g. model.ts `disclosure` with tables). */
export const built = (label: string, make: DocSource['load']): DocSource => ({ label, load: make });
/** A document of ../shared/corpus/real, path relative to it. */
export const real = (rel: string): DocSource => ({ label: rel.split('/').pop()!, load: () => realDocument(rel) });
/** A document of ../shared/corpus/wide, named by its number ("w61_"). */
export const wide = (prefix: string): DocSource => ({
  label: prefix,
  load: () => realDocument(`../wide/${readdirSync(join(CORPUS, '../wide')).find((f) => f.startsWith(prefix))}`),
});

/**
 * Changes to a copy of the document. A key "p7:t2:15:1" (page, table id, row, column) sets that
 * cell's text; a key "p6:…" with any other form is taken as a phrase of that page's narrative,
 * replaced by the value (same length, so the reader's character offsets stay true).
 */
export type Edits = Record<string, string>;

interface CaseBase {
  name?: string;
  doc: DocSource;
  edits?: Edits;
  /** Cells ("p7:t2:15:1") the finding must name among its values. */
  cells?: string[];
  /** Printed texts ("1.39%") the finding must name among its values. */
  texts?: string[];
  /** Exactly these statuses, in any order, for this rule on the document (narrative cases). */
  expect?: Status[];
}

export interface ValidCase extends CaseBase {
  /** The rule speaks only of a break (hygiene, G1): valid means it says nothing at all. */
  quiet?: boolean;
}

export interface InvalidCase extends CaseBase {
  status: Exclude<Status, 'pass' | 'rounding'>;
  /** The message key (`meta.messages` in the rule's file) of the finding with that status. */
  messageId?: string;
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Every table declared so far, by rule id (read by tests/lib/rules/meta.test.ts). */
export const TABLES = new Map<string, RuleTable>();
let declareTests = true;

/**
 * Record tables without declaring their tests (the meta-test imports the table files for their ids).
 * Returns the undo: test files share a worker's modules, so the next file must declare its tests again.
 */
export function collectOnly(): () => void {
  declareTests = false;
  return () => void (declareTests = true);
}

/** A table file evaluated twice in one worker (imported by the meta-test, then run) lists its cases once. */
const merge = <T extends CaseBase>(had: T[] = [], add: T[]) => {
  const name = (c: T) => caseName(c, '');
  return [...had.filter((c) => !add.some((a) => name(a) === name(c))), ...add];
};

const CELL = /^p(\d+):(t[\w-]*):(\d+):(\d+)$/;
const PHRASE = /^p(\d+):(.+)$/s;

export function applyEdits(doc: DisclosureDocument, edits: Edits): DisclosureDocument {
  const copy = structuredClone(doc);
  for (const [key, to] of Object.entries(edits)) {
    const cell = CELL.exec(key);
    if (cell) {
      const [, page, id, row, col] = cell;
      const c = copy.tables.find((t) => t.id === id)?.rows[Number(row)]?.[Number(col)];
      if (!c || c.page !== Number(page)) throw new Error(`no cell ${key} in the document`);
      c.text = to;
      continue;
    }
    const [, page, from] = PHRASE.exec(key) ?? [];
    if (from === undefined) throw new Error(`bad edit key ${key}`);
    if (from.length !== to.length) throw new Error(`edit ${key}: keep the length (${from.length} → ${to.length})`);
    const block = copy.blocks.find((b) => b.page === Number(page) && b.text.includes(from));
    if (!block) throw new Error(`no "${from}" on page ${page}`);
    block.text = block.text.replace(from, to);
  }
  return copy;
}

/** "p7:t2:15:1" for a table cell, "" for a value read from the narrative. */
export function cellRef(v: Finding['values'][number]): string {
  return v.table === undefined ? '' : `p${v.page}:${v.table}:${v.row}:${v.col}`;
}

/** The findings of `rule` on the case's document that name every cell and text the case lists. */
async function run(rule: string, c: CaseBase): Promise<{ all: Finding[]; named: Finding[] }> {
  const base = await c.doc.load();
  const doc = c.edits ? applyEdits(base, c.edits) : base;
  const all = checkDocument(doc).findings.filter((f) => f.rule === rule);
  const names = (f: Finding) =>
    (c.cells ?? []).every((ref) => f.values.some((v) => cellRef(v) === ref)) &&
    (c.texts ?? []).every((t) => f.values.some((v) => v.text === t));
  return { all, named: all.filter(names) };
}

const show = (fs: Finding[]) =>
  fs.map((f) => `${f.status}: ${f.message} [${f.values.map((v) => cellRef(v) || v.text).join(', ')}]`).join('\n') || '(no finding)';

function caseName(c: CaseBase, verdict: string): string {
  return `${c.name ?? c.doc.label}${
    c.edits
      ? ` with ${Object.entries(c.edits)
          .map(([k, v]) => `${k}→${v}`)
          .join(', ')}`
      : ''
  } → ${verdict}`;
}

/** Throws unless the rule holds on the case (or, `quiet`, says nothing). */
export async function assertValid(rule: string, c: ValidCase): Promise<void> {
  const { all, named } = await run(rule, c);
  if (c.expect) expect(all.map((f) => f.status).sort(), show(all)).toEqual([...c.expect].sort());
  if (c.quiet) return expect(all, show(all)).toEqual([]);
  expect(named.filter((f) => f.status === 'pass' || f.status === 'rounding').length, show(all)).toBeGreaterThan(0);
  expect(
    named.filter((f) => f.status === 'fail' || f.status === 'warn' || f.status === 'note'),
    show(named),
  ).toEqual([]);
}

/** Throws unless the rule gives the case's status, naming its cells and texts (and its message id). */
export async function assertInvalid(rule: string, c: InvalidCase): Promise<void> {
  const { all, named } = await run(rule, c);
  if (c.expect) expect(all.map((f) => f.status).sort(), show(all)).toEqual([...c.expect].sort());
  const hit = named.filter((f) => f.status === c.status);
  expect(hit.length, show(all)).toBeGreaterThan(0);
  if (c.messageId)
    expect(
      hit.map((f) => f.messageId),
      show(hit),
    ).toContain(c.messageId);
}

export function ruleTable(rule: string, table: RuleTable): void {
  TABLES.set(rule, { valid: merge(TABLES.get(rule)?.valid, table.valid), invalid: merge(TABLES.get(rule)?.invalid, table.invalid) });
  if (!declareTests) return;
  describe(rule, () => {
    for (const c of table.valid)
      it(caseName(c, c.expect ? c.expect.join(', ') || 'nothing' : c.quiet ? 'nothing' : 'holds'), () => assertValid(rule, c));
    for (const c of table.invalid) it(caseName(c, c.status), () => assertInvalid(rule, c));
  });
}

/** A year-over-year case: last year's document and this year's (C1–C3 need both; lib/compare runs them). */
export interface PairCase {
  name: string;
  prior: () => Promise<DisclosureDocument>;
  current: () => Promise<DisclosureDocument>;
}
export interface PairTable {
  valid: PairCase[];
  invalid: (PairCase & { status: Exclude<Status, 'pass' | 'rounding'>; messageId: string; label: RegExp })[];
}

/** The table of a rule that compares two documents: valid pairs hold (≥ 1 pass, no fail), invalid ones break on the named line. */
export function pairTable(
  rule: string,
  table: PairTable,
  compare: (prior: DisclosureDocument, current: DisclosureDocument) => { findings: Finding[] },
): void {
  TABLES.set(rule, {
    valid: table.valid.map((c) => ({ name: c.name, doc: { label: c.name, load: c.current } })),
    invalid: table.invalid.map((c) => ({ name: c.name, doc: { label: c.name, load: c.current }, status: c.status })),
  });
  if (!declareTests) return;
  const of = async (c: PairCase) => compare(await c.prior(), await c.current()).findings.filter((f) => f.rule === rule);
  describe(rule, () => {
    for (const c of table.valid) {
      it(`${c.name} → holds`, async () => {
        const all = await of(c);
        expect(all.filter((f) => f.status === 'pass' || f.status === 'rounding').length, show(all)).toBeGreaterThan(0);
        expect(
          all.filter((f) => f.status === 'fail'),
          show(all),
        ).toEqual([]);
      }, 120_000);
    }
    for (const c of table.invalid) {
      it(`${c.name} → ${c.status}`, async () => {
        const all = await of(c);
        const hit = all.filter((f) => f.status === c.status && f.values.some((v) => c.label.test(v.label)));
        expect(
          hit.map((f) => f.messageId),
          show(all),
        ).toContain(c.messageId);
      }, 120_000);
    }
  });
}
