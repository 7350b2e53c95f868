// One document → its check report, never a throw: what a worker (or the fuzz suite) runs.
import { checkDocument } from '../../engine';
import { CHECK_SCHEMA, type CheckReport } from '../../report';
import { InputError } from '../inputs';
import type { DisclosureDocument } from '../../model';
import { withPriorYear } from '../../compare';
import { loadJoined } from '../commands/compare';
import { loadJoinedDocument } from '../joined';
import type { CheckTask } from './protocol';
import type { Lang } from '../../findings';

/** The --prior document is the same for every document of a batch: load it once per worker. */
const priorDocs = new Map<string, Promise<DisclosureDocument>>();

export function errorReport(path: string, kind: string, message: string): CheckReport {
  return {
    schema: CHECK_SCHEMA,
    source: { path, format: 'txt' },
    document: { kind: 'other', pages: 0, textLayer: false },
    findings: [],
    summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
    error: { kind, message },
  };
}

/** One document's report; an unreadable input throws its InputError (the CLI's one-document path). */
export async function checkPath(task: Pick<CheckTask, 'path' | 'profile' | 'lang' | 'prior'>): Promise<CheckReport> {
  return checkLoaded(await loadJoinedDocument(task.path), task); // one file, or a year's files joined with "+"
}

/** checkPath on a document already read (the corpus tests read each document once per run). */
export async function checkLoaded(
  doc: DisclosureDocument,
  task: Pick<CheckTask, 'path' | 'profile' | 'lang' | 'prior'>,
): Promise<CheckReport> {
  const { path } = task;
  if (doc.info.template) {
    throw new InputError('template', {
      zh: `${path}：这是空白模板（${doc.info.template} 处“XX局”“XXX万元”之类的待填标记），不是已公开的文件；未做任何核对`,
      en: `${path}: a blank template (${doc.info.template} fill-in marks such as “XX局”, “XXX万元”), not a published disclosure; nothing was checked`,
    });
  }
  if (doc.info.kind === 'other' && doc.info.textLayer) {
    throw new InputError('not-disclosure', {
      zh: `${path}：不是预算或决算公开文件（没有找到预算/决算标题和标准章节）；未做任何核对`,
      en: `${path}: not a budget or final-account disclosure (no 预算/决算 title and standard sections found); nothing was checked`,
    });
  }
  const report = checkDocument(doc, { profile: task.profile, lang: task.lang });
  if (!task.prior) return report;
  if (!priorDocs.has(task.prior)) priorDocs.set(task.prior, loadJoined(task.prior));
  return withPriorYear(report, await priorDocs.get(task.prior)!, doc, { lang: task.lang, tolerance: { profile: task.profile } });
}

export async function checkOne(task: Pick<CheckTask, 'path' | 'profile' | 'lang' | 'prior'>): Promise<CheckReport> {
  try {
    return await checkPath(task);
  } catch (err) {
    return unreadReport(task.path, err, task.lang);
  }
}

/** The result that stands for a document that could not be checked. */
export function unreadReport(path: string, err: unknown, lang: Lang): CheckReport {
  if (err instanceof InputError) return errorReport(path, err.kind, err.words[lang]);
  // Not a clean input error: a defect in dlens. Reported, never mistaken for a pass.
  const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return errorReport(
    path,
    'internal',
    lang === 'zh' ? `${path}：核对时发生内部错误（${detail}）` : `${path}: internal error while checking (${detail})`,
  );
}
