// A reader's marks on findings (已核实 / 误报 / 已问询), kept under the ledger's finding key so a mark
// follows its finding through a re-check and is reported as orphaned once the finding is gone.
import { MARK_KINDS, findingKeys, type Finding, type KeyedMark, type Mark, type MarkKind } from '../findings';

export const MARKS_SCHEMA = 'dlens.marks/1';

/** The file the extension exports and `dlens check --marks` reads. */
export interface MarksFile {
  schema: typeof MARKS_SCHEMA;
  /** Which document the marks are about (informative: marks are matched by finding key). */
  document?: { key?: string; name?: string; sha256?: string };
  marks: KeyedMark[];
}

/** A marks file that cannot be read: its message is one line for the user. */
export class MarksError extends Error {}

/** Each finding with its key, in report order. */
export function keyedFindings<F extends Finding>(findings: F[]): { key: string; finding: F }[] {
  const keys = findingKeys(findings);
  return findings.map((finding, i) => ({ key: keys[i], finding }));
}

/** The findings with their marks attached (a copy; findings without a mark are returned as they are). */
export function attachMarks<R extends { findings: Finding[] }>(report: R, marks: KeyedMark[]): R & { orphanedMarks?: KeyedMark[] } {
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const used = new Set<string>();
  const findings = keyedFindings(report.findings).map(({ key, finding }) => {
    const m = byKey.get(key);
    if (!m) return finding;
    used.add(key);
    return { ...finding, mark: markOf(m) };
  });
  const orphans = marks.filter((m) => !used.has(m.key));
  return { ...report, findings, ...(orphans.length ? { orphanedMarks: orphans } : {}) };
}

/** Marks whose finding the report no longer has (the document changed, or the engine no longer reports it). */
export function orphanedMarks(findings: Finding[], marks: KeyedMark[]): KeyedMark[] {
  const keys = new Set(findingKeys(findings));
  return marks.filter((m) => !keys.has(m.key));
}

export type MarkCounts = Record<MarkKind, number> & { total: number };

export function countMarks(findings: Finding[]): MarkCounts {
  const counts = { confirmed: 0, 'false-alarm': 0, asked: 0, total: 0 };
  for (const f of findings) {
    if (!f.mark) continue;
    counts[f.mark.kind]++;
    counts.total++;
  }
  return counts;
}

/** Sets (or with `undefined` clears) the mark of the finding with `key`; the list stays one mark per key. */
export function setMark(marks: KeyedMark[], key: string, mark: (Mark & Pick<KeyedMark, 'rule' | 'message'>) | undefined): KeyedMark[] {
  const rest = marks.filter((m) => m.key !== key);
  return mark ? [...rest, clean({ key, ...mark, note: mark.note?.trim() })] : rest;
}

/** The marks of a marked report, as saved or exported (each with its finding's rule and message). */
export function marksOf(findings: Finding[]): KeyedMark[] {
  return keyedFindings(findings)
    .filter(({ finding }) => finding.mark)
    .map(({ key, finding }) => clean({ key, ...finding.mark!, rule: finding.rule, message: finding.message }));
}

export function marksFile(marks: KeyedMark[], document?: MarksFile['document']): MarksFile {
  return { schema: MARKS_SCHEMA, ...(document ? { document } : {}), marks };
}

/** Reads a marks file (already JSON-parsed); throws MarksError naming the first thing wrong. */
export function parseMarksFile(data: unknown): MarksFile {
  if (!isObject(data)) throw new MarksError('not a marks file (expected a JSON object)');
  if (data.schema !== MARKS_SCHEMA)
    throw new MarksError(`not a marks file (schema is ${JSON.stringify(data.schema ?? null)}, expected "${MARKS_SCHEMA}")`);
  if (!Array.isArray(data.marks)) throw new MarksError('"marks" must be a list');
  const marks = data.marks.map((m: unknown, i: number) => {
    const at = `marks[${i}]`;
    if (!isObject(m)) throw new MarksError(`${at} is not an object`);
    if (typeof m.key !== 'string' || !m.key) throw new MarksError(`${at}.key must be a finding key (a non-empty string)`);
    if (!MARK_KINDS.includes(m.kind as MarkKind)) throw new MarksError(`${at}.kind must be one of ${MARK_KINDS.join(', ')}`);
    if (typeof m.date !== 'string' || Number.isNaN(Date.parse(m.date))) throw new MarksError(`${at}.date must be an ISO date`);
    for (const f of ['note', 'rule', 'message'] as const)
      if (m[f] !== undefined && typeof m[f] !== 'string') throw new MarksError(`${at}.${f} must be text`);
    return clean(m as unknown as KeyedMark);
  });
  const doc = isObject(data.document) ? (data.document as MarksFile['document']) : undefined;
  return marksFile(marks, doc);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const markOf = (m: KeyedMark): Mark => ({ kind: m.kind, date: m.date, ...(m.note ? { note: m.note } : {}) });

function clean(m: KeyedMark): KeyedMark {
  const out: KeyedMark = { key: m.key, kind: m.kind, date: m.date };
  if (m.note) out.note = m.note;
  if (m.rule) out.rule = m.rule;
  if (m.message) out.message = m.message;
  return out;
}
