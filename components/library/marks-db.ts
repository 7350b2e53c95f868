// The reader's marks in IndexedDB: one record per (library entry key, finding key). A database of
// its own, so a re-check that replaces the library entry never drops them; the viewer attaches them
// to a fresh report with lib/review/marks.ts (attachMarks), which also names the orphaned ones.
// The reader's own tick-and-tie checks are kept beside them (store `checks`), as their picks.
import type { KeyedMark } from '../../lib/findings';
import type { Pick } from '../../lib/review/tick-tie';
import { done as commit, opener, result } from './idb';

const DB_NAME = 'dlens-marks';
const DB_VERSION = 2;
const MARKS = 'marks';
const CHECKS = 'checks';
const BY_DOC = 'doc';

/** A stored mark: the library entry it belongs to (department|kind|year) and the mark itself. */
type Row = KeyedMark & { doc: string };

const open = opener(DB_NAME, DB_VERSION, (db) => {
  if (!db.objectStoreNames.contains(MARKS)) db.createObjectStore(MARKS, { keyPath: ['doc', 'key'] }).createIndex(BY_DOC, 'doc');
  if (!db.objectStoreNames.contains(CHECKS)) db.createObjectStore(CHECKS, { keyPath: ['doc', 'id'] }).createIndex(BY_DOC, 'doc');
});
const done = (tx: IDBTransaction) => commit(tx, 'marks');

const strip = ({ doc: _doc, ...mark }: Row): KeyedMark => mark;

/** The marks of one library entry. */
export async function getMarks(doc: string): Promise<KeyedMark[]> {
  const db = await open();
  const rows = await result(db.transaction(MARKS).objectStore(MARKS).index(BY_DOC).getAll(doc) as IDBRequest<Row[]>);
  return rows.map(strip);
}

/** Saves a mark (replacing the finding's earlier one). */
export async function putMark(doc: string, mark: KeyedMark): Promise<void> {
  const db = await open();
  const tx = db.transaction(MARKS, 'readwrite');
  tx.objectStore(MARKS).put({ ...mark, doc } satisfies Row);
  await done(tx);
}

export async function deleteMark(doc: string, key: string): Promise<void> {
  const db = await open();
  const tx = db.transaction(MARKS, 'readwrite');
  tx.objectStore(MARKS).delete([doc, key]);
  await done(tx);
}

/** Replaces all marks of an entry (an imported marks file, or the list after lib/review setMark). */
export async function replaceMarks(doc: string, marks: KeyedMark[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(MARKS, 'readwrite');
  const store = tx.objectStore(MARKS);
  const keys = await result(store.index(BY_DOC).getAllKeys(doc));
  for (const k of keys) store.delete(k);
  for (const m of marks) store.put({ ...m, doc } satisfies Row);
  await done(tx);
}

/** How many marks each library entry has (the library's "has marks" filter). */
export async function markCounts(): Promise<Map<string, number>> {
  const db = await open();
  const rows = await result(db.transaction(MARKS).objectStore(MARKS).getAll() as IDBRequest<Row[]>);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.doc, (counts.get(r.doc) ?? 0) + 1);
  return counts;
}

/** Drops an entry's marks and kept checks (when the entry is deleted from the library). */
export async function deleteMarksOf(doc: string): Promise<void> {
  await replaceMarks(doc, []);
  for (const c of await getChecks(doc)) await deleteCheck(doc, c.id);
}

/** A tick-and-tie check the reader kept: the picked numbers and total (re-summed when shown). */
export interface KeptCheck {
  id: string; // unique per entry (its creation time)
  parts: Pick[];
  total: Pick;
  date: string;
}

export async function getChecks(doc: string): Promise<KeptCheck[]> {
  const db = await open();
  const rows = await result(
    db.transaction(CHECKS).objectStore(CHECKS).index(BY_DOC).getAll(doc) as IDBRequest<(KeptCheck & { doc: string })[]>,
  );
  return rows.map(({ doc: _doc, ...c }) => c).sort((a, b) => a.date.localeCompare(b.date));
}

export async function putCheck(doc: string, check: KeptCheck): Promise<void> {
  const db = await open();
  const tx = db.transaction(CHECKS, 'readwrite');
  tx.objectStore(CHECKS).put({ ...check, doc });
  await done(tx);
}

export async function deleteCheck(doc: string, id: string): Promise<void> {
  const db = await open();
  const tx = db.transaction(CHECKS, 'readwrite');
  tx.objectStore(CHECKS).delete([doc, id]);
  await done(tx);
}
