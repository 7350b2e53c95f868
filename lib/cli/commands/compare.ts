// dlens compare <prior> <current>: two years of one department side by side, with C1–C3 checks.
import { writeFile } from 'node:fs/promises';
import { compareDocuments } from '../../compare';
import { formatComparison, type CompareFormat } from '../../compare/format';
import type { DisclosureDocument } from '../../model/types';
import type { Lang } from '../../rules';
import { EXIT, UserError, parseCommandArgs, type CliIO } from '../io';
import { InputError } from '../inputs';
import { loadJoinedDocument } from '../joined';

const HELP = `usage: dlens compare <prior> <current> [options]

Compares two years of one department's disclosures: line items aligned by classification code
(renamed lines keep their code) or by name, with prior, current, change and change rate, and
cross-year checks: C1 every "比上年…" statement of the current year against last year's figure,
C2 opening balances = last year's closing balances (final accounts), C3 a final account's
年初预算 = the same year's budget (give the budget as <prior>).

A year published as several files is given joined with "+":
  dlens compare 2018_text.pdf+2018_tables.pdf 2019_text.pdf+2019_tables.pdf

options:
  --format text|json|csv|md   output (default text; csv = one row per aligned line item)
  --profile interval|strict   rounding tolerance (default interval)
  --lang zh|en                message language (default zh)
  --out FILE                  write to FILE instead of standard output

exit codes: 0 no fail · 1 some cross-year check failed · 2 usage error or unreadable input`;

export async function loadJoined(spec: string): Promise<DisclosureDocument> {
  try {
    return await loadJoinedDocument(spec);
  } catch (err) {
    throw err instanceof InputError ? new UserError(err.message) : err;
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('compare', argv, {
    format: { type: 'string', default: 'text' },
    profile: { type: 'string', default: 'interval' },
    lang: { type: 'string', default: 'zh' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(HELP + '\n'); return EXIT.ok; }
  const format = values.format as CompareFormat;
  if (!['text', 'json', 'md', 'csv'].includes(format)) throw new UserError(`unknown --format "${format}" (text, json, md or csv)`);
  if (!['interval', 'strict'].includes(values.profile!)) throw new UserError(`unknown --profile "${values.profile}" (interval or strict)`);
  if (!['zh', 'en'].includes(values.lang!)) throw new UserError(`unknown --lang "${values.lang}" (zh or en)`);
  if (positionals.length !== 2) throw new UserError('give two documents: dlens compare <prior> <current> (join split files with "+")');
  const lang = values.lang as Lang;
  // Both read at once, but a bad argument is reported in argument order: the first one, always.
  const loaded = await Promise.allSettled(positionals.map(loadJoined));
  const bad = loaded.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (bad) throw bad.reason;
  const [prior, current] = loaded.map((r) => (r as PromiseFulfilledResult<DisclosureDocument>).value);
  for (const d of [prior, current]) {
    if (!d.info.textLayer) throw new UserError(`${d.source.path}: no text layer (a scan); it cannot be compared`);
  }
  const result = compareDocuments(prior, current, { lang, tolerance: { profile: values.profile as 'interval' | 'strict' } });
  const out = formatComparison(result, format, lang);
  if (values.out) await writeFile(values.out, out);
  else io.stdout(out);
  return result.summary.findings.fail > 0 ? EXIT.fail : EXIT.ok;
}
