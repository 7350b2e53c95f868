// A year published as several files, given joined with "+" ("2019_text.pdf+2019_tables.pdf"): one
// document for check, check --prior and compare alike, so the text keeps its own tables.
import { stat } from 'node:fs/promises';
import { mergeDocuments } from '../compare';
import type { DisclosureDocument } from '../model';
import { InputError, loadDocument } from './inputs';
import { pdfLoader } from './pdf';
import { both } from './lang';

/** "a.pdf+b.pdf" that is not itself a file: its parts. */
export async function joinedParts(spec: string): Promise<string[] | undefined> {
  if (!spec.includes('+')) return undefined;
  try {
    await stat(spec);
    return undefined;
  } catch {
    /* not one file: a join */
  }
  return spec.split('+').filter(Boolean);
}

/** The parts read in order and merged; a bad part throws its InputError (the first one, always). */
export async function loadJoinedDocument(spec: string): Promise<DisclosureDocument> {
  const parts = (await joinedParts(spec)) ?? [spec];
  if (!parts.length) throw new InputError('missing', both(`“${spec}”中没有文件`, `no file given in "${spec}"`));
  const docs: DisclosureDocument[] = [];
  for (const path of parts) docs.push((await loadDocument(path, pdfLoader)).doc);
  return mergeDocuments(docs);
}
