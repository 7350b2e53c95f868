// Turning command-line paths into documents: walking folders, sniffing formats, clear errors.
import { readFile, readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { DisclosureDocument, SourceInfo } from '../model/types';
import { documentFromText } from '../model/from-text';
import { documentFromHtml } from '../html';
import { UserError } from './io';

export const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.pdf']);
/** Inputs larger than this are refused rather than risk exhausting memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s;
    try { s = await stat(p); } catch { throw new UserError(`cannot read ${p}: no such file or folder`); }
    if (s.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (INPUT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Why a file cannot be checked, as one line a user understands. */
export class InputError extends Error {
  constructor(readonly kind: 'missing' | 'empty' | 'binary' | 'too-large' | 'unsupported' | 'not-disclosure' | 'template' | 'password' | 'corrupt' | 'not-pdf' | 'memory', message: string) {
    super(message);
  }
}

function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new InputError('binary', `${path} is a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Older government pages are GB18030/GBK encoded.
    const text = new TextDecoder('gb18030').decode(bytes);
    if (/\uFFFD/.test(text)) throw new InputError('binary', `${path} is not readable text (neither UTF-8 nor GB18030)`);
    return text;
  }
}

function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 2048));
  return /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

export interface LoadedInput {
  doc: DisclosureDocument;
  source: SourceInfo;
}

export type PdfLoader = (bytes: Uint8Array, source: SourceInfo) => Promise<DisclosureDocument>;

export async function loadDocument(path: string, loadPdf?: PdfLoader): Promise<LoadedInput> {
  let bytes: Uint8Array;
  try {
    const s = await stat(path);
    if (s.size > MAX_INPUT_BYTES) throw new InputError('too-large', `${path} is ${(s.size / 1e6).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1e6} MB limit`);
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('missing', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  if (bytes.length === 0 || !/\S/.test(new TextDecoder('latin1').decode(bytes.slice(0, 4096)))) throw new InputError('empty', `${path} is empty`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extname(path).toLowerCase();
  const isPdf = new TextDecoder('latin1').decode(bytes.slice(0, 1024)).includes('%PDF-');
  if (ext === '.pdf' || isPdf) {
    const source: SourceInfo = { path, sha256, format: 'pdf' };
    if (!isPdf) {
      const head = new TextDecoder('utf-8').decode(bytes.slice(0, 4096));
      if (/<html|<!doctype html/i.test(head)) return loadHtml(bytes, { path, sha256, format: 'html' });
      throw new InputError('not-pdf', `${path} is named .pdf but is not a PDF file`);
    }
    if (!loadPdf) throw new InputError('unsupported', `${path}: PDF input is not available in this build`);
    return { doc: await loadPdf(bytes, source), source };
  }
  if (ext === '.html' || ext === '.htm') return loadHtml(bytes, { path, sha256, format: 'html' });
  if (ext === '.txt' || ext === '') {
    const source: SourceInfo = { path, sha256, format: 'txt' };
    return { doc: documentFromText(decodeText(bytes, path), source), source };
  }
  throw new InputError('unsupported', `${path}: unsupported file type "${ext}" (use .txt, .html or .pdf)`);
}

function loadHtml(bytes: Uint8Array, source: SourceInfo): LoadedInput {
  const charset = htmlCharset(bytes);
  const text = charset && /gb|gbk|gb2312|gb18030/.test(charset) ? new TextDecoder('gb18030').decode(bytes) : decodeText(bytes, source.path ?? '');
  const { document } = parseHTML(text);
  return { doc: documentFromHtml(document as unknown as Document, source), source };
}
