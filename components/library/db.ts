// The local library in IndexedDB (extension pages share one origin, so the viewer and the library
// page see the same database). Two stores: `meta` (light: list, pairing) and `bodies` (the model,
// findings and optional PDF bytes), both keyed by the entry key (department|kind|year).
import { metaOf, storeKey, type LibraryEntry, type LibraryMeta } from '../../lib/extension/library';
import { done as commit, opener, result } from './idb';

const DB_NAME = 'dlens-library';
const DB_VERSION = 1;
const META = 'meta';
const BODIES = 'bodies';

type Body = Pick<LibraryEntry, 'key' | 'findings' | 'model' | 'bytes'>;

const open = opener(DB_NAME, DB_VERSION, (db) => {
  db.createObjectStore(META, { keyPath: 'key' });
  db.createObjectStore(BODIES, { keyPath: 'key' });
});
const done = (tx: IDBTransaction) => commit(tx, 'library');

/** Stores an entry and returns the key it was stored under: its own, or — when the entry there
 *  came from elsewhere — one naming its host (both are kept; see storeKey). */
export async function putEntry(entry: LibraryEntry): Promise<string> {
  const db = await open();
  const first = await getEntry(entry.key);
  const key = storeKey(entry, first);
  const e = key === entry.key ? entry : { ...entry, key };
  // Re-checking a document (e.g. opened from its kept PDF) keeps what the new check lacks.
  const old = key === entry.key ? first : await getEntry(key);
  const bytes = e.bytes ?? old?.bytes;
  const merged: LibraryEntry = {
    ...e,
    priorKey: e.priorKey ?? old?.priorKey,
    sourceUrl: e.sourceUrl ?? old?.sourceUrl,
    origin: e.origin ?? old?.origin,
    sha256: e.sha256 ?? old?.sha256,
    bytes,
  };
  const tx = db.transaction([META, BODIES], 'readwrite');
  tx.objectStore(META).put(metaOf(merged));
  const body: Body = { key, findings: e.findings, model: e.model, ...(bytes ? { bytes } : {}) };
  tx.objectStore(BODIES).put(body);
  await done(tx);
  return key;
}

/** Stores imported entries in one transaction: all of them or, on any failure, none. An entry
 *  whose key holds a document from elsewhere is kept beside it (storeKey), as putEntry does. */
export async function importEntries(entries: LibraryEntry[]): Promise<void> {
  const existing = new Map((await listEntries()).map((m) => [m.key, m]));
  const db = await open();
  const tx = db.transaction([META, BODIES], 'readwrite');
  for (const e of entries) {
    const key = storeKey(e, existing.get(e.key));
    const entry = { ...e, key };
    existing.set(key, metaOf(entry));
    tx.objectStore(META).put(metaOf(entry));
    tx.objectStore(BODIES).put({ key, findings: e.findings, model: e.model, ...(e.bytes ? { bytes: e.bytes } : {}) } satisfies Body);
  }
  await done(tx);
}

export async function listEntries(): Promise<LibraryMeta[]> {
  const db = await open();
  return result(db.transaction(META).objectStore(META).getAll() as IDBRequest<LibraryMeta[]>);
}

export async function getEntry(key: string): Promise<LibraryEntry | undefined> {
  const db = await open();
  const tx = db.transaction([META, BODIES]);
  const [meta, body] = await Promise.all([
    result(tx.objectStore(META).get(key) as IDBRequest<LibraryMeta | undefined>),
    result(tx.objectStore(BODIES).get(key) as IDBRequest<Body | undefined>),
  ]);
  return meta && body ? { ...meta, ...body } : undefined;
}

export async function allEntries(): Promise<LibraryEntry[]> {
  const metas = await listEntries();
  return (await Promise.all(metas.map((m) => getEntry(m.key)))).filter((e): e is LibraryEntry => !!e);
}

/** The user's choice of a prior for an entry (undefined: back to automatic pairing). */
export async function setPrior(key: string, priorKey: string | undefined): Promise<void> {
  const db = await open();
  const tx = db.transaction(META, 'readwrite');
  const store = tx.objectStore(META);
  const meta = await result(store.get(key) as IDBRequest<LibraryMeta | undefined>);
  if (meta) store.put({ ...meta, priorKey });
  await done(tx);
}

export async function deleteEntry(key: string): Promise<void> {
  const db = await open();
  const tx = db.transaction([META, BODIES], 'readwrite');
  tx.objectStore(META).delete(key);
  tx.objectStore(BODIES).delete(key);
  await done(tx);
}

export async function clearLibrary(): Promise<void> {
  const db = await open();
  const tx = db.transaction([META, BODIES], 'readwrite');
  tx.objectStore(META).clear();
  tx.objectStore(BODIES).clear();
  await done(tx);
}

/** Tells other open extension pages (viewer, library) that the library changed. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('dlens-library') : null;
export const announceChange = () => channel?.postMessage('changed');
export function onLibraryChange(fn: () => void): () => void {
  const h = () => fn();
  channel?.addEventListener('message', h);
  return () => channel?.removeEventListener('message', h);
}
