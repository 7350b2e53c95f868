// The shared corpus, read in-process through the same path the CLI takes.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckLine } from '../../bench/support/ledger-run';
import { checkLoaded, unreadReport } from '../../lib/cli/batch/check-one';
import { expandInputs, loadDocument } from '../../lib/cli/inputs';
import { loadJoinedDocument } from '../../lib/cli/joined';
import { pdfLoader } from '../../lib/cli/pdf';
import { checkDocument } from '../../lib/engine';
import type { Lang } from '../../lib/findings';
import type { DisclosureDocument } from '../../lib/model';
import type { CheckReport } from '../../lib/report/schema';
import { CORPUS } from './paths';
import { readOnce } from './read-once';

export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(pdf|html?)$/i.test(e.name)) out.push(p);
    }
  };
  walk(CORPUS);
  return out.sort();
}

export const corpusName = (p: string) => relative(CORPUS, p);

export async function checkFile(path: string): Promise<CheckReport> {
  const { doc } = await loadDocument(path, pdfLoader);
  return checkDocument(doc, { lang: 'en' });
}

/** Rules that compute an identity (not text hygiene or a reason check). */
export const IDENTITY_RULE = /^(W\d+|X\d+|N\d+|Y[1-4]|T[13]|C\d+)$/;

export function identitiesChecked(r: CheckReport): number {
  return r.findings.filter((f) => IDENTITY_RULE.test(f.rule) && (f.status === 'pass' || f.status === 'rounding' || f.status === 'fail'))
    .length;
}

const PARSED = new Map<string, Promise<DisclosureDocument>>();

/** A document of ../shared (an absolute path), read once per run and kept by each worker that asks. */
export function readDocument(path: string): Promise<DisclosureDocument> {
  let p = PARSED.get(path);
  if (!p)
    PARSED.set(
      path,
      (p = (async () => {
        for await (const [, o] of readOnce([path], loadJoinedDocument)) {
          if ('doc' in o) return o.doc;
          throw o.error;
        }
        throw new Error(`${path}: not read`);
      })()),
    );
  return p;
}

/** A document of ../shared/corpus/real (path relative to it). */
export const realDocument = (rel: string): Promise<DisclosureDocument> => readDocument(join(CORPUS, rel));

/** 长春 信访局 2026: the budget the review and tick-and-tie tests read. */
export const CC_XINFANGJU = 'cities-renwu/cc_xinfangju_2026_budget.pdf';

let REAL_CORPUS: Promise<{ path: string; doc?: DisclosureDocument }[]> | undefined;

/**
 * Every document of corpus/real, parsed once per run (tests/support/read-once.ts) and kept by each
 * worker that asks (test files share it: vitest.config.ts); the stray-script and clean-variant tests
 * both read them all. An unreadable one has no `doc`.
 */
export function realCorpusDocuments(): Promise<{ path: string; doc?: DisclosureDocument }[]> {
  REAL_CORPUS ??= (async () => {
    const paths = corpusFiles();
    const read = new Map<string, DisclosureDocument | undefined>();
    for await (const [path, o] of readOnce(paths, loadJoinedDocument)) read.set(path, 'doc' in o ? o.doc : undefined);
    return paths.map((path) => ({ path, doc: read.get(path) }));
  })();
  return REAL_CORPUS;
}

/**
 * What `dlens check <folders> --format json --lang <lang>` prints, one parsed line per document in
 * the CLI's order, computed in-process (lib/cli/batch/check-one.ts, as each CLI worker does) from
 * the documents read once per run.
 */
export async function checkLines(folders: string[], lang: Lang): Promise<CheckLine[]> {
  const paths = await expandInputs(folders);
  const lines = new Map<string, CheckLine>();
  // From the last document back: the other corpus tests read corpus/real from its first document,
  // so the two meet in the middle instead of waiting on each other.
  for await (const [path, o] of readOnce([...paths].reverse(), loadJoinedDocument)) {
    const task = { path, lang, profile: 'interval' as const };
    const report =
      'doc' in o ? await checkLoaded(o.doc, task).catch((err) => unreadReport(path, err, lang)) : unreadReport(path, o.error, lang);
    lines.set(path, JSON.parse(JSON.stringify(report)) as CheckLine);
  }
  return paths.map((p) => lines.get(p)!);
}
