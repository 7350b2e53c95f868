// The shared corpus, read in-process through the same path the CLI takes.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDocument } from '../../lib/cli/inputs';
import { pdfLoader } from '../../lib/cli/pdf';
import { checkDocument } from '../../lib/engine';
import type { CheckReport } from '../../lib/report/schema';
import type { DisclosureDocument } from '../../lib/model';
import { CORPUS } from './paths';

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

/** A document of ../shared/corpus/real (path relative to it), parsed once per test file. */
export function realDocument(rel: string): Promise<DisclosureDocument> {
  let p = PARSED.get(rel);
  if (!p) PARSED.set(rel, (p = loadDocument(join(CORPUS, rel), pdfLoader).then((r) => r.doc)));
  return p;
}

/** 长春 信访局 2026: the budget the review and tick-and-tie tests read. */
export const CC_XINFANGJU = 'cities-renwu/cc_xinfangju_2026_budget.pdf';

let REAL_CORPUS: Promise<{ path: string; doc?: DisclosureDocument }[]> | undefined;

/**
 * Every document of corpus/real, parsed once per worker (test files share it: vitest.config.ts); the
 * stray-script and clean-variant tests both read them all. An unreadable one has no `doc`.
 */
export function realCorpusDocuments(): Promise<{ path: string; doc?: DisclosureDocument }[]> {
  REAL_CORPUS ??= (async () => {
    const out: { path: string; doc?: DisclosureDocument }[] = [];
    for (const path of corpusFiles())
      out.push({
        path,
        doc: await loadDocument(path, pdfLoader).then(
          (r) => r.doc,
          () => undefined,
        ),
      });
    return out;
  })();
  return REAL_CORPUS;
}
