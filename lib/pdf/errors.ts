// One typed error for every way a PDF can fail to open, each with a one-line message.
export type PdfErrorKind = 'password' | 'corrupt' | 'not-pdf' | 'empty';

export class PdfError extends Error {
  constructor(
    readonly kind: PdfErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}

const PDF_MAGIC = '%PDF-';
/** Real files sometimes carry a little junk before the header; pdf.js accepts up to 1 KiB. */
const MAGIC_SEARCH_BYTES = 1024;
const PASSWORD_NEEDED = 1; // pdf.js PasswordResponses.NEED_PASSWORD

/** Rejects what is certainly not a PDF before pdf.js sees it. */
export function checkPdfBytes(data: Uint8Array): void {
  if (data.length === 0) throw new PdfError('empty', 'the file is empty (0 bytes)');
  const head = String.fromCharCode(...data.subarray(0, MAGIC_SEARCH_BYTES));
  if (!head.includes(PDF_MAGIC)) throw new PdfError('not-pdf', 'not a PDF file (no %PDF- header)');
}

/** Maps whatever pdf.js threw while opening or reading into a PdfError (AbortError passes through). */
export function toPdfError(err: unknown, passwordGiven: boolean): unknown {
  if (err instanceof PdfError) return err;
  const e = err as { name?: string; code?: number; message?: string } | undefined;
  if (e?.name === 'AbortError') return err;
  if (e?.name === 'PasswordException') {
    if (e.code === PASSWORD_NEEDED && !passwordGiven) return new PdfError('password', 'password required: the PDF is encrypted');
    return new PdfError('password', 'wrong password for this encrypted PDF');
  }
  const detail = (e?.message ?? String(err)).split('\n')[0];
  return new PdfError('corrupt', `the PDF is damaged or truncated (${detail})`);
}
