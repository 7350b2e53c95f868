// IndexedDB plumbing shared by the library (db.ts) and the reader's marks (marks-db.ts): one
// connection per database, opened on first use, and promises for a transaction and a request.

/** A database opener: the first call opens it (running `upgrade` for a new version), later calls
 *  share that connection; a failed open is retried on the next call. */
export function opener(name: string, version: number, upgrade: (db: IDBDatabase) => void): () => Promise<IDBDatabase> {
  let opening: Promise<IDBDatabase> | null = null;
  return () =>
    (opening ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(name, version);
      req.onupgradeneeded = () => upgrade(req.result);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => {
        opening = null;
        reject(req.error);
      };
    }));
}

/** Settles when the transaction commits; rejects when it fails or is aborted. */
export function done(tx: IDBTransaction, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error(`${what} transaction failed`));
  });
}

export function result<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
