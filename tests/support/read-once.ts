// Each corpus document read once per test run, whichever worker needs it first. The test files that
// walk a whole corpus (the ledger, the stray-script and clean-variant tests) run in different
// workers; reading a PDF costs far more than checking it, so each document is read by one of them:
// the first to come to it claims it (an exclusive create), reads it and leaves it serialized in the
// run's folder (tests/support/read-once-setup.ts). A worker waits for a document another is reading
// only once it has none left to read itself.
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { inject } from 'vitest';
import { InputError } from '../../lib/cli/inputs';
import type { DisclosureDocument } from '../../lib/model';

/** A document read, or why it could not be (an InputError keeps its kind and words). */
export type Outcome = { doc: DisclosureDocument } | { error: Error };

type Stored = { doc: DisclosureDocument } | { input: { kind: InputError['kind']; words: InputError['words'] } } | { message: string };

const POLL_MS = 50;
/** A claim older than this is another worker's that died: read the document here instead. */
const GIVE_UP_MS = 300_000;

const dir = (): string | undefined => {
  try {
    return inject('readOnceDir');
  } catch {
    return undefined; // outside a vitest run with the setup (a single file run by hand still works)
  }
};

const slot = (d: string, path: string) => join(d, createHash('sha1').update(path).digest('hex'));

function stored(o: Outcome): Stored {
  if ('doc' in o) return { doc: o.doc };
  if (o.error instanceof InputError) return { input: { kind: o.error.kind, words: o.error.words } };
  return { message: o.error.message };
}

function outcome(s: Stored): Outcome {
  if ('doc' in s) return { doc: s.doc };
  if ('input' in s) return { error: new InputError(s.input.kind, s.input.words) };
  return { error: new Error(s.message) };
}

const take = (file: string): Outcome | undefined =>
  existsSync(`${file}.v8`) ? outcome(deserialize(readFileSync(`${file}.v8`)) as Stored) : undefined;

function claim(file: string): boolean {
  try {
    closeSync(openSync(`${file}.claim`, 'wx'));
    return true;
  } catch {
    return false;
  }
}

async function settle(read: () => Promise<DisclosureDocument>): Promise<Outcome> {
  try {
    return { doc: await read() };
  } catch (err) {
    return { error: err instanceof Error ? err : new Error(String(err)) };
  }
}

/**
 * Every path's document (or its error), in the order they become available; `read` is called only
 * for the documents no other worker has read or is reading.
 */
export async function* readOnce(paths: string[], read: (path: string) => Promise<DisclosureDocument>): AsyncGenerator<[string, Outcome]> {
  const d = dir();
  const waiting: string[] = [];
  for (const path of paths) {
    if (!d) {
      yield [path, await settle(() => read(path))];
      continue;
    }
    const file = slot(d, path);
    const done = take(file);
    if (done) yield [path, done];
    else if (claim(file)) {
      const o = await settle(() => read(path));
      writeFileSync(`${file}.tmp`, serialize(stored(o)));
      renameSync(`${file}.tmp`, `${file}.v8`);
      yield [path, o];
    } else waiting.push(path);
  }
  for (const path of waiting) {
    const file = slot(d!, path);
    const since = Date.now();
    let done = take(file);
    while (!done && Date.now() - since < GIVE_UP_MS) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      done = take(file);
    }
    yield [path, done ?? (await settle(() => read(path)))];
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    readOnceDir: string;
  }
}
