// A cheap look at a PDF's bytes before pdf.js sees them, so the viewer can say what is wrong in
// words: nothing at all, a web page, not a PDF, or a file cut short (no %%EOF / startxref at the
// end: an interrupted download). Damage inside a complete file is left to pdf.js, exactly as in
// the CLI: a cross-reference table whose offsets do not point at their objects is common in real
// PDFs that read perfectly (18 of the 187 PDFs under ../shared, ICDAR 2013 among them), so it is
// no reason to refuse a file; when pdf.js cannot read one, its error is worded as 'damaged'.

/** What the viewer can tell about a file from its bytes alone. */
export type BytesProblem = 'empty' | 'html' | 'not-pdf' | 'truncated';

/** pdf.js accepts a header anywhere in the first KB, as do browsers. */
const HEADER_WINDOW = 1024;
/** A complete PDF ends with %%EOF (a little trailing junk after it is common). */
const TAIL_WINDOW = 2048;

const latin1 = (bytes: Uint8Array, from: number, to: number) => {
  let s = '';
  const end = Math.min(bytes.length, to);
  for (let i = Math.max(0, from); i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
};

/** An HTML page (an error page, an article served under a .pdf name) rather than other bytes. */
function looksLikeHtml(head: string): boolean {
  return /^[\s\ufeff\xef\xbb\xbf]*</.test(head) && /<(!doctype html|html|head|body|meta|title|script|div|p)\b/i.test(head);
}

/** Null when the bytes look like a whole PDF; otherwise what is wrong with them. */
export function pdfBytesProblem(bytes: Uint8Array): BytesProblem | null {
  if (bytes.length === 0) return 'empty';
  const head = latin1(bytes, 0, HEADER_WINDOW);
  if (!head.includes('%PDF-')) return looksLikeHtml(head) ? 'html' : 'not-pdf';
  const tail = latin1(bytes, bytes.length - TAIL_WINDOW, bytes.length);
  if (!tail.includes('%%EOF')) return 'truncated';
  const at = tail.lastIndexOf('startxref');
  if (at < 0) return 'truncated';
  return null;
}
