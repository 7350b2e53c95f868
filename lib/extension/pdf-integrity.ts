// A cheap look at a PDF's bytes before pdf.js sees them, so the viewer can say what is wrong in
// words instead of showing pdf.js's message, and never checks a file pdf.js only half recovered.
// pdf.js silently rebuilds a broken cross-reference table by scanning for objects; what it then
// reads may miss pages or text, so findings on it (passes above all) would not be trustworthy.

/** What the viewer can tell about a file from its bytes alone. */
export type BytesProblem = 'empty' | 'html' | 'not-pdf' | 'truncated' | 'damaged';

/** pdf.js accepts a header anywhere in the first KB, as do browsers. */
const HEADER_WINDOW = 1024;
/** A complete PDF ends with %%EOF (a little trailing junk after it is common). */
const TAIL_WINDOW = 2048;
/** Bytes read at an xref offset to find the object header there. */
const HEADER_PEEK = 40;
/** Tables larger than this are not walked (the check stays a few ms). */
const MAX_XREF_ENTRIES = 200_000;

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
  const offset = Number(/^startxref\s+(\d+)/.exec(tail.slice(at))?.[1] ?? NaN);
  if (!Number.isFinite(offset) || offset >= bytes.length) return 'damaged';
  return classicXrefDamaged(bytes, offset) ? 'damaged' : null;
}

/** A classic `xref` table whose in-use entries do not all point at their object's header
 *  ("12 0 obj"). Cross-reference streams (compressed) are not looked into. */
function classicXrefDamaged(bytes: Uint8Array, offset: number): boolean {
  const start = latin1(bytes, offset, offset + HEADER_PEEK);
  if (/^\s*\d+\s+\d+\s+obj\b/.test(start)) return false; // a cross-reference stream
  if (!/^\s*xref\b/.test(start)) return true; // startxref points at nothing sensible
  let pos = offset + start.indexOf('xref') + 4;
  let entries = 0;
  for (;;) {
    const line = readLine(bytes, pos);
    if (!line) return true;
    pos = line.next;
    const text = line.text.trim();
    if (!text) continue;
    if (text.startsWith('trailer')) return false;
    const sub = /^(\d+)\s+(\d+)$/.exec(text);
    if (!sub) return true;
    let num = Number(sub[1]);
    for (let n = Number(sub[2]); n > 0; n--, num++) {
      const entry = readLine(bytes, pos);
      if (!entry) return true;
      pos = entry.next;
      const e = /^(\d{10}) (\d{5}) ([nf])/.exec(entry.text.trim());
      if (!e) return true;
      if (++entries > MAX_XREF_ENTRIES) return false;
      if (e[3] !== 'n') continue;
      const at = Number(e[1]);
      const header = latin1(bytes, at, at + HEADER_PEEK);
      if (!new RegExp(`^\\s*${num}\\s+${Number(e[2])}\\s+obj\\b`).test(header)) return true;
    }
  }
}

function readLine(bytes: Uint8Array, pos: number): { text: string; next: number } | null {
  if (pos >= bytes.length) return null;
  let end = pos;
  while (end < bytes.length && end - pos < 256 && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  let next = end;
  while (next < bytes.length && (bytes[next] === 0x0a || bytes[next] === 0x0d) && next - end < 2) next++;
  return { text: latin1(bytes, pos, end), next: next === pos ? pos + 1 : next };
}
