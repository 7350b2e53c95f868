// One PDF checked for a review output (annotate, memo): its bytes, its report, the reader's marks attached.
import { readFile } from 'node:fs/promises';
import { attachMarks } from '../review';
import type { CheckReport } from '../report';
import type { Lang } from '../findings';
import { checkPath } from './batch/check-one';
import { InputError } from './inputs';
import { UserError } from './io';
import { readMarks } from './marks';

export interface Reviewed {
  bytes: Uint8Array;
  report: CheckReport;
}

export async function checkReviewed(path: string | undefined, command: string, opts: { lang: Lang; marks?: string }): Promise<Reviewed> {
  if (!path) throw new UserError(`dlens ${command} needs a PDF file (see dlens ${command} --help)`);
  const marks = opts.marks ? await readMarks(opts.marks) : undefined;
  let report: CheckReport;
  try {
    report = await checkPath({ path, profile: 'interval', lang: opts.lang });
  } catch (err) {
    throw err instanceof InputError ? new UserError(err.message) : err;
  }
  if (report.source.format !== 'pdf') throw new UserError(`${path}: dlens ${command} works on a PDF (this is ${report.source.format})`);
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, report: marks ? attachMarks(report, marks.marks) : report };
}
