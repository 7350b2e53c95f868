// The local library of checked documents (pure part): what an entry holds, its key
// (department + kind + year), which stored document is "last year's" for another, and the
// export / import file. Storage itself (IndexedDB) lives in components/library/.
import type { DisclosureDocument, DocKind, DocumentInfo } from '../model';
import { STATUSES, type CountedStatus, type Finding } from '../findings';
import type { CheckReport } from '../report';
import { entryProblem } from './library-schema';

export const LIBRARY_SCHEMA = 'dlens.library/1';

/** What the library list and pairing need (kept apart from the heavy model in storage). */
export interface LibraryMeta {
  key: string;
  department?: string;
  kind: DocKind;
  year?: number;
  level?: DocumentInfo['level'];
  /** The address the document was read from (absent for a local file). */
  sourceUrl?: string;
  /** Where it came from: the scheme + host of `sourceUrl` (absent for a local file). */
  origin?: string;
  /** SHA-256 of the PDF's bytes as read, hex (absent for a web page). */
  sha256?: string;
  sourceName: string;
  checkedAt: string; // ISO time
  summary: Record<CountedStatus, number>;
  /** A prior the user chose by hand (another entry's key); wins over automatic pairing. */
  priorKey?: string;
  /** Whether the PDF itself is stored. */
  hasBytes?: boolean;
  /** What was checked: a PDF in the viewer (absent in entries stored before pages were) or a
   *  web page by the page overlay (opened again at its address, not in the viewer). */
  format?: 'pdf' | 'html';
}

export interface LibraryEntry extends LibraryMeta {
  findings: Finding[];
  /** The model the engine built: all compareDocuments needs (plain, structured-cloneable data). */
  model: DisclosureDocument;
  /** The PDF itself, only when the user opted in. */
  bytes?: Uint8Array;
}

/** The light part of an entry. */
export function metaOf(e: LibraryEntry): LibraryMeta {
  const { findings: _f, model: _m, bytes, ...meta } = e;
  return { ...meta, hasBytes: !!bytes };
}

export type Relation = 'manual' | 'last-year' | 'same-year-budget';

export interface Pairing<T extends LibraryMeta = LibraryMeta> {
  prior: T;
  relation: Relation;
}

/** Department names as printed vary in spacing, quotes and a "（本级）" suffix. */
export function normDepartment(name: string | undefined): string {
  return (name ?? '')
    .replace(/[\s\u3000“”"'‘’]/g, '')
    .replace(/[（(]本级[)）]$/, '')
    .replace(/部门$/, '');
}

export const phaseOf = (kind: DocKind): 'budget' | 'final' | 'other' =>
  /final/.test(kind) ? 'final' : /budget/.test(kind) ? 'budget' : 'other';

/** One entry per department, kind and year; without a department, per source name. */
export function libraryKey(info: Pick<DocumentInfo, 'department' | 'kind' | 'year'>, sourceName: string): string {
  const who = normDepartment(info.department) || `?${sourceName}`;
  return `${who}|${info.kind}|${info.year ?? '?'}`;
}

/** The origin of an http(s) address (undefined for anything else, e.g. a local file). */
export function originOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The key to store `entry` under: its own, unless the entry stored there came from elsewhere
 *  (another origin, or a local file) and is not the same bytes — then both are kept, the
 *  newcomer's key naming its host; one document never silently replaces another's entry. */
export function storeKey(
  entry: Pick<LibraryMeta, 'key' | 'origin' | 'sha256'>,
  existing: Pick<LibraryMeta, 'origin' | 'sourceUrl' | 'sha256'> | undefined,
): string {
  if (!existing || (existing.origin ?? originOf(existing.sourceUrl)) === entry.origin) return entry.key;
  if (entry.sha256 && entry.sha256 === existing.sha256) return entry.key; // e.g. re-opened from its kept copy
  return `${entry.key}|${entry.origin ? new URL(entry.origin).host : 'local'}`;
}

/** Whether a prior came from another origin than the document it is compared with (a local file
 *  counts as no origin: only two known, different origins are flagged). */
export function foreignPrior(entry: Pick<LibraryMeta, 'origin'>, prior: Pick<LibraryMeta, 'origin'>): boolean {
  return !!entry.origin && !!prior.origin && entry.origin !== prior.origin;
}

/** The priors to compare a document with: the user's choice, else last year's document of the
 *  same department and phase (same kind, then same origin preferred); a final account also gets
 *  its year's budget. */
export function pairingsFor<T extends LibraryMeta>(entry: LibraryMeta, all: T[]): Pairing<T>[] {
  const others = all.filter((e) => e.key !== entry.key);
  if (entry.priorKey) {
    const chosen = others.find((e) => e.key === entry.priorKey);
    if (chosen) return [{ prior: chosen, relation: 'manual' }];
  }
  const dept = normDepartment(entry.department);
  if (!dept || entry.year === undefined) return [];
  const phase = phaseOf(entry.kind);
  const same = others.filter((e) => normDepartment(e.department) === dept);
  const out: Pairing<T>[] = [];
  const closeness = (e: LibraryMeta) => 2 * Number(e.kind === entry.kind) + Number(!foreignPrior(entry, e));
  const lastYear = same
    .filter((e) => e.year === entry.year! - 1 && phaseOf(e.kind) === phase && phase !== 'other')
    .sort((a, b) => closeness(b) - closeness(a))[0];
  if (lastYear) out.push({ prior: lastYear, relation: 'last-year' });
  if (phase === 'final') {
    const budget = same.filter((e) => e.year === entry.year && phaseOf(e.kind) === 'budget').sort((a, b) => closeness(b) - closeness(a))[0];
    if (budget) out.push({ prior: budget, relation: 'same-year-budget' });
  }
  return out;
}

/** Entries the user may pick as a prior by hand: any other document, closest years first. */
export function manualCandidates<T extends LibraryMeta>(entry: LibraryMeta, all: T[]): T[] {
  const dept = normDepartment(entry.department);
  const rank = (e: LibraryMeta) => (normDepartment(e.department) === dept ? 0 : 1000) + Math.abs((entry.year ?? 0) - 1 - (e.year ?? 0));
  return all.filter((e) => e.key !== entry.key).sort((a, b) => rank(a) - rank(b));
}

// --- a web page checked by the page overlay --------------------------------------------------
// The overlay runs in the page's origin, whose IndexedDB is not the extension's: it sends what it
// checked to the background, which stores it. Only what an entry needs travels (the identity is
// the model's `info`); the key is made by the background, and the URL must be the sender's own.

export const PAGE_CHECKED = 'dlens:page-checked';

/** A message larger than this is not sent (structured clone of a huge page's model). */
export const MAX_PAGE_MESSAGE_CHARS = 8_000_000;

export interface PageCheckedMessage {
  type: typeof PAGE_CHECKED;
  /** The page's address (the background rejects a message whose sender is elsewhere). */
  url: string;
  /** When the page was checked (ISO time). */
  checkedAt: string;
  title: string;
  summary: Record<CountedStatus, number>;
  findings: Finding[];
  model: DisclosureDocument;
}

export interface PageCheckedReply {
  ok: boolean;
  key?: string;
  error?: string;
  /** The page's entry as stored, and its priors with their models (year over year in the overlay). */
  entry?: LibraryMeta;
  priors?: { pairing: Pairing; model: DisclosureDocument }[];
}

/** The message if it is a well-formed page-checked message of a disclosure, else null. */
export function parsePageChecked(msg: unknown): PageCheckedMessage | null {
  const m = msg as PageCheckedMessage;
  if (!m || typeof m !== 'object' || m.type !== PAGE_CHECKED || typeof m.title !== 'string') return null;
  if (typeof m.url !== 'string' || !/^https?:\/\//.test(m.url) || typeof m.checkedAt !== 'string' || Number.isNaN(Date.parse(m.checkedAt)))
    return null;
  if (!m.summary || !STATUSES.every((s) => Number.isInteger(m.summary[s]) && m.summary[s] >= 0)) return null;
  if (
    !Array.isArray(m.findings) ||
    !m.findings.every((f) => f && typeof f.rule === 'string' && (STATUSES.includes(f.status as CountedStatus) || f.status === 'note'))
  )
    return null;
  const model = m.model;
  if (!model || !Array.isArray(model.blocks) || !Array.isArray(model.tables) || !model.info || typeof model.info.kind !== 'string')
    return null;
  if (model.info.kind === 'other' || model.source?.format !== 'html') return null;
  return m;
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** Whether the message speaks of the page its sender is on (a fragment may have changed since). */
export function sameAddress(messageUrl: string, senderUrl: string | undefined): boolean {
  return !!senderUrl && withoutHash(messageUrl) === withoutHash(senderUrl);
}

/** The library entry for a document just checked. */
export function entryFor(
  report: Pick<CheckReport, 'document' | 'summary' | 'findings'>,
  model: DisclosureDocument,
  source: { url?: string; name: string; sha256?: string },
  now: Date,
  bytes?: Uint8Array,
): LibraryEntry {
  const info = report.document;
  const origin = originOf(source.url);
  return {
    key: libraryKey(info, source.name),
    department: info.department,
    kind: info.kind,
    year: info.year,
    level: info.level,
    sourceUrl: source.url,
    sourceName: source.name,
    checkedAt: now.toISOString(),
    ...(origin ? { origin } : {}),
    ...(source.sha256 ? { sha256: source.sha256 } : {}),
    summary: report.summary,
    findings: report.findings,
    model,
    ...(bytes ? { bytes } : {}),
  };
}

export function pageEntry(m: PageCheckedMessage): LibraryEntry {
  const clean = withoutHash(m.url);
  const model: DisclosureDocument = { ...m.model, source: { ...m.model.source, path: clean, format: 'html' } };
  const report = { document: m.model.info, summary: m.summary, findings: m.findings };
  return { ...entryFor(report, model, { url: clean, name: m.title.trim().slice(0, 200) || clean }, new Date(m.checkedAt)), format: 'html' };
}

// --- export / import ------------------------------------------------------------------------

type Exported = Omit<LibraryEntry, 'bytes'> & { bytes?: string };

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function libraryToJson(entries: LibraryEntry[], now = new Date()): string {
  const out: Exported[] = entries.map(({ bytes, ...e }) => (bytes ? { ...e, bytes: toBase64(bytes) } : e));
  return JSON.stringify({ schema: LIBRARY_SCHEMA, exported: now.toISOString(), entries: out });
}

/** " (<key>)" when the entry has a printable key, for the error line. */
function entryName(e: unknown): string {
  const key = (e as { key?: unknown } | null)?.key;
  return typeof key === 'string' && key ? ` (${key.replace(/\s+/g, ' ').slice(0, 80)})` : '';
}

/** A library file back to entries; throws an Error with a one-line reason when it is not one. */
export function libraryFromJson(text: string): LibraryEntry[] {
  let data: { schema?: string; entries?: unknown[] };
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not a JSON file');
  }
  if (data?.schema !== LIBRARY_SCHEMA || !Array.isArray(data.entries)) throw new Error(`not a ${LIBRARY_SCHEMA} file`);
  // Every entry is checked before any is returned: a file with one bad entry imports nothing.
  data.entries.forEach((e, i) => {
    const problem = entryProblem(e);
    if (problem) throw new Error(`entry ${i + 1}${entryName(e)} refused: ${problem}`);
  });
  return (data.entries as Exported[]).map(({ bytes, ...e }) => (bytes ? { ...e, bytes: fromBase64(bytes) } : e));
}
