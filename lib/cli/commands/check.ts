// dlens check <file|dir…>: check disclosures and report findings.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';
import { formatReport, formatCsvRows, CSV_HEADER, type CheckReport, type ReportFormat } from '../../report';
import type { Lang } from '../../rules';
import { EXIT, UserError, exitFor, parseCommandArgs, type CliIO } from '../io';
import { expandInputs, InputError } from '../inputs';
import { batchOptions, BATCH_HELP, BATCH_OPTIONS, runBatch, wantsBatch } from '../batch';
import { checkPath } from '../batch/check-one';
import { attachMarks } from '../../review/marks';
import { readMarks } from '../marks';

const HELP = `usage: dlens check [file|folder …] [options]

Checks Chinese budget / final-account disclosures (.txt, .html, .pdf; folders are walked).
With no input, checks the bundled sample (a fictional department with two planted errors).

options:
  --format text|json|md|csv   output format (default text; json = one object per line per document)
  --profile interval|strict   rounding tolerance: calculation interval (default) or one unit in the last place
  --lang zh|en                message language (default zh)
  --out FILE                  write the report to FILE instead of standard output
  --no-passes                 text output: hide pass and rounding findings
  --prior FILE                also check against last year's document (C1–C3; join split files with "+")
  --marks FILE                a reader's marks exported from the extension (dlens.marks/1): shown with
                              their findings and in every format; marks whose finding is gone are listed
${BATCH_HELP}
exit codes: 0 no fail · 1 some check failed · 2 usage error or unreadable input (one document)
            · 3 several documents: no fail, but some could not be read or checked
            · 4 read, but nothing could be computed (a scan without a text layer, no identity found)`;

const SAMPLE = 'assets/samples/sample-budget.html';

function sampleLocation(): string {
  // dist/dlens.js → repo root; also works when run from lib/ under vitest.
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', SAMPLE);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('check', argv, {
    format: { type: 'string', default: 'text' },
    profile: { type: 'string', default: 'interval' },
    lang: { type: 'string', default: 'zh' },
    out: { type: 'string' },
    'no-passes': { type: 'boolean', default: false },
    prior: { type: 'string' },
    marks: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    ...BATCH_OPTIONS,
  });
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(HELP + '\n'); return EXIT.ok; }
  const format = values.format as ReportFormat;
  if (!['text', 'json', 'md', 'csv'].includes(format)) throw new UserError(`unknown --format "${format}" (text, json, md or csv)`);
  if (!['interval', 'strict'].includes(values.profile!)) throw new UserError(`unknown --profile "${values.profile}" (interval or strict)`);
  if (!['zh', 'en'].includes(values.lang!)) throw new UserError(`unknown --lang "${values.lang}" (zh or en)`);
  const lang = values.lang as Lang;
  const demo = positionals.length === 0;
  const paths = await expandInputs(demo ? [relative(process.cwd(), sampleLocation()) || sampleLocation()] : positionals);
  if (!paths.length) throw new UserError(`no .txt, .html or .pdf files found in ${positionals.join(', ')}`);

  const marks = values.marks ? await readMarks(values.marks) : undefined;
  if (!demo && wantsBatch(paths, values)) {
    if (marks) throw new UserError('--marks belongs to one document: check that document alone');
    return runBatch(batchOptions(paths, values, { format, lang, color: io.color }), io);
  }

  // Several documents (or any batch option) went to the worker pool above: this is one document.
  const [path] = paths;
  const profile = values.profile as 'interval' | 'strict';
  let report: CheckReport;
  try {
    report = await checkPath({ path, profile, lang, prior: values.prior });
  } catch (err) {
    throw err instanceof InputError ? new UserError(err.message) : err;
  }
  if (marks) report = attachMarks(report, marks.marks);
  const text = format === 'csv'
    ? CSV_HEADER.join(',') + '\n' + formatCsvRows(report)
    : formatReport(report, format, lang, { color: io.color && !values.out, showPasses: !values['no-passes'] });
  if (values.out) await writeFile(values.out, text);
  else io.stdout(text);
  if (demo) {
    io.stderr(lang === 'zh'
      ? '（这是内置示例文档：虚构部门，故意埋了两处错误。检查自己的文件：dlens check <文件或文件夹>）\n'
      : '(This was the bundled sample: a fictional department with two planted errors. Check your own: dlens check <file or folder>)\n');
    return EXIT.ok;
  }
  return exitFor(report);
}
