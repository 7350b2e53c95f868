// The precision ledger: for every document of ../shared/corpus/{real,wide}, what the document is
// (read from the document) and every fail and warn the engine reported on it, labelled real /
// false / unclear by a person who read the page. One TSV file per document under bench/ledger/.
// Used by `npm run ledger` (scripts/ledger.mjs → bench/support/ledger-run.ts) and by the test
// tests/corpus/ledger.test.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export type Label = 'real' | 'false' | 'unclear' | '?';
export const LABELS: Label[] = ['real', 'false', 'unclear', '?'];

/** What a document is, as a reader sees it. `body` may list alternatives separated by " | ". */
export interface Truth {
  kind: string; // dept-budget | unit-budget | dept-final | unit-final | gov-budget | gov-final | other
  year: string; // "2026", or "" when the document names none
  body: string; // the issuing body (department or unit), "" when the document names none
  holds: string; // narrative+tables | narrative | tables | not-disclosure | scan | template
  note: string;
}

export interface Entry {
  label: Label;
  rule: string;
  status: string; // fail | warn
  key: string;
  reason: string;
  message: string; // the finding's message when labelled (for reading; not matched)
}

export interface LedgerFile {
  doc: string; // path relative to ../shared/corpus
  truth: Truth;
  entries: Entry[];
}

/** The part of a finding the ledger needs (a dlens.check/1 finding has all of it). */
export interface LedgerFinding {
  rule: string;
  status: string;
  message: string;
  values: { text: string; page: number; table?: string; row?: number; col?: number }[];
  evidence: { page: number; text: string }[];
  misread?: string;
}

// The key lives in lib/findings/key.ts: a reader's marks in the extension use the same one.
export { baseKey, findingKeys } from '../../lib/findings/key';

export const isFlag = (status: string) => status === 'fail' || status === 'warn';

// --- file format ----------------------------------------------------------------------------

const TRUTH_FIELDS: (keyof Truth)[] = ['kind', 'year', 'body', 'holds', 'note'];
const HEADER = ['label', 'rule', 'status', 'key', 'reason', 'message'];
const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export function formatLedger(file: LedgerFile): string {
  const lines = [`# Disclosure Lens ledger — ${file.doc}`, '# truth: what the document is, read from the document', ''];
  for (const f of TRUTH_FIELDS) lines.push(`${f}\t${clean(file.truth[f])}`);
  lines.push('', '# findings: label real | false | unclear | ? (not yet read), with the reason after reading the page', HEADER.join('\t'));
  const order = (e: Entry) => `${e.status === 'fail' ? 0 : 1}${e.key}`;
  for (const e of [...file.entries].sort((a, b) => order(a).localeCompare(order(b)))) {
    lines.push([e.label, e.rule, e.status, e.key, e.reason, e.message].map(clean).join('\t'));
  }
  return lines.join('\n') + '\n';
}

export function parseLedger(text: string, doc: string): LedgerFile {
  const truth: Truth = { kind: '', year: '', body: '', holds: '', note: '' };
  const entries: Entry[] = [];
  let inTable = false;
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!inTable) {
      if (cells[0] === 'label') {
        inTable = true;
        continue;
      }
      if (!TRUTH_FIELDS.includes(cells[0] as keyof Truth)) throw new Error(`${doc}:${i + 1}: unknown truth field "${cells[0]}"`);
      truth[cells[0] as keyof Truth] = (cells[1] ?? '').trim();
      continue;
    }
    const [label, rule, status, key, reason = '', message = ''] = cells;
    if (!LABELS.includes(label as Label)) throw new Error(`${doc}:${i + 1}: label must be real, false, unclear or ?, not "${label}"`);
    if (!key) throw new Error(`${doc}:${i + 1}: no key`);
    entries.push({ label: label as Label, rule, status, key, reason, message });
  }
  return { doc, truth, entries };
}

export const ledgerPath = (ledgerDir: string, doc: string) => join(ledgerDir, `${doc}.tsv`);

export function readLedger(ledgerDir: string, doc: string): LedgerFile | undefined {
  const p = ledgerPath(ledgerDir, doc);
  return existsSync(p) ? parseLedger(readFileSync(p, 'utf8'), doc) : undefined;
}

export function writeLedger(ledgerDir: string, file: LedgerFile): void {
  const p = ledgerPath(ledgerDir, file.doc);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, formatLedger(file));
}

export const docName = (corpusDir: string, path: string) => relative(corpusDir, path);
