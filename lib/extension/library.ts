// The local library of checked documents (pure part): what an entry holds, its key
// (department + kind + year), which stored document is "last year's" for another, and the
// export / import file. Storage itself (IndexedDB) lives in components/library/.
import type { DisclosureDocument, DocKind, DocumentInfo } from '../model/types';
import type { Finding, Status } from '../rules/types';

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
  sourceName: string;
  checkedAt: string; // ISO time
  summary: Record<Status, number>;
  /** A prior the user chose by hand (another entry's key); wins over automatic pairing. */
  priorKey?: string;
  /** Whether the PDF itself is stored. */
  hasBytes?: boolean;
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
  return (name ?? '').replace(/[\s\u3000“”"'‘’]/g, '').replace(/[（(]本级[)）]$/, '').replace(/部门$/, '');
}

export const phaseOf = (kind: DocKind): 'budget' | 'final' | 'other' => (/final/.test(kind) ? 'final' : /budget/.test(kind) ? 'budget' : 'other');

/** One entry per department, kind and year; without a department, per source name. */
export function libraryKey(info: Pick<DocumentInfo, 'department' | 'kind' | 'year'>, sourceName: string): string {
  const who = normDepartment(info.department) || `?${sourceName}`;
  return `${who}|${info.kind}|${info.year ?? '?'}`;
}

/** The priors to compare a document with: the user's choice, else last year's document of the
 *  same department and phase (same kind preferred); a final account also gets its year's budget. */
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
  const lastYear = same
    .filter((e) => e.year === entry.year! - 1 && phaseOf(e.kind) === phase && phase !== 'other')
    .sort((a, b) => Number(b.kind === entry.kind) - Number(a.kind === entry.kind))[0];
  if (lastYear) out.push({ prior: lastYear, relation: 'last-year' });
  if (phase === 'final') {
    const budget = same.find((e) => e.year === entry.year && phaseOf(e.kind) === 'budget');
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

function isEntry(e: unknown): e is Exported {
  const x = e as Exported;
  return !!x && typeof x.key === 'string' && typeof x.kind === 'string' && typeof x.sourceName === 'string'
    && !!x.model && Array.isArray(x.model.blocks) && Array.isArray(x.model.tables) && !!x.model.info
    && !!x.summary && Array.isArray(x.findings);
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
  const bad = data.entries.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new Error(`entry ${bad + 1} is incomplete`);
  return (data.entries as Exported[]).map(({ bytes, ...e }) => (bytes ? { ...e, bytes: fromBase64(bytes) } : e));
}
