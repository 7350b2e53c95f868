// Turning command-line paths into documents: walking folders, sniffing formats, clear errors.
import { readFile, readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import type { DisclosureDocument, SourceInfo } from '../model';
import { documentFromText } from '../model';
import { documentFromHtml } from '../html';
import { UserError } from './io';
import { both } from './lang';
import type { Localized } from '../findings';
import { UNREADABLE } from '../findings';

export const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.pdf']);
/** Inputs larger than this are refused rather than risk exhausting memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      // "a_text.pdf+a_tables.pdf": one document in several files (each part must exist).
      const parts = p.includes('+') ? p.split('+').filter(Boolean) : [];
      if (parts.length > 1) {
        for (const part of parts)
          await stat(part).catch(() => {
            throw new UserError(both(`无法读取 ${part}：没有这个文件`, `cannot read ${part}: no such file`));
          });
        out.push(p);
        continue;
      }
      throw new UserError(both(`无法读取 ${p}：没有这个文件或文件夹`, `cannot read ${p}: no such file or folder`));
    }
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

/** Why a file cannot be checked, as one line a user understands, in both languages (`message` is the English). */
export class InputError extends Error {
  constructor(
    readonly kind:
      | 'missing'
      | 'empty'
      | 'binary'
      | 'too-large'
      | 'unsupported'
      | 'not-disclosure'
      | 'template'
      | 'password'
      | 'corrupt'
      | 'not-pdf'
      | 'memory',
    readonly words: Localized,
  ) {
    super(words.en);
  }
}

function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new InputError('binary', both(`${path} 是二进制文件，不是文本`, `${path} is a binary file, not text`));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Older government pages are GB18030/GBK encoded.
    const text = new TextDecoder('gb18030').decode(bytes);
    if (/\uFFFD/.test(text))
      throw new InputError(
        'binary',
        both(`${path} 不是可读的文本（既不是 UTF-8 也不是 GB18030）`, `${path} is not readable text (neither UTF-8 nor GB18030)`),
      );
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
    if (s.size > MAX_INPUT_BYTES)
      throw new InputError(
        'too-large',
        both(
          `${path} 有 ${(s.size / 1e6).toFixed(0)} MB，超过 ${MAX_INPUT_BYTES / 1e6} MB 的上限`,
          `${path} is ${(s.size / 1e6).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1e6} MB limit`,
        ),
      );
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(
      'missing',
      both(
        `无法读取 ${path}：${missing ? '没有这个文件' : (err as Error).message}`,
        `cannot read ${path}: ${missing ? 'no such file' : (err as Error).message}`,
      ),
    );
  }
  if (bytes.length === 0 || !/\S/.test(new TextDecoder('latin1').decode(bytes.slice(0, 4096))))
    throw new InputError('empty', both(`${path} 是空文件`, `${path} is empty`));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extname(path).toLowerCase();
  const isPdf = new TextDecoder('latin1').decode(bytes.slice(0, 1024)).includes('%PDF-');
  if (ext === '.pdf' || isPdf) {
    const source: SourceInfo = { path, sha256, format: 'pdf' };
    if (!isPdf) {
      const head = new TextDecoder('utf-8').decode(bytes.slice(0, 4096));
      if (/<html|<!doctype html/i.test(head)) return loadHtml(bytes, { path, sha256, format: 'html' });
      throw new InputError('not-pdf', both(`${path}：${UNREADABLE.notPdf.zh}`, `${path} is named .pdf but is not a PDF file`));
    }
    if (!loadPdf)
      throw new InputError('unsupported', both(`${path}：这个版本不能读取 PDF`, `${path}: PDF input is not available in this build`));
    return { doc: await loadPdf(bytes, source), source };
  }
  if (ext === '.html' || ext === '.htm') return loadHtml(bytes, { path, sha256, format: 'html' });
  if (ext === '.txt' || ext === '') {
    const source: SourceInfo = { path, sha256, format: 'txt' };
    return { doc: documentFromText(decodeText(bytes, path), source), source };
  }
  throw new InputError(
    'unsupported',
    both(
      `${path}：不支持的文件类型“${ext}”（请用 .txt、.html 或 .pdf）`,
      `${path}: unsupported file type "${ext}" (use .txt, .html or .pdf)`,
    ),
  );
}

async function loadHtml(bytes: Uint8Array, source: SourceInfo): Promise<LoadedInput> {
  const { parseHTML } = await import('linkedom'); // only for web pages: it costs every command's start
  const charset = htmlCharset(bytes);
  const text =
    charset && /gb|gbk|gb2312|gb18030/.test(charset) ? new TextDecoder('gb18030').decode(bytes) : decodeText(bytes, source.path ?? '');
  const { document } = parseHTML(text);
  return { doc: documentFromHtml(document as unknown as Document, source), source };
}
