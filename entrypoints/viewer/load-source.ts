// Gets the document's bytes: from its URL (asking for the site's permission when needed) or a local file.
import { browser } from 'wxt/browser';

export class NeedsPermission extends Error {
  constructor(readonly origin: string) {
    super(`no permission for ${origin}`);
  }
}

/** The address answered with something other than a PDF (often an HTML article page served
 *  under a .pdf name, like the cq_*_landing pages of the corpus). */
export class NotPdf extends Error {
  constructor(readonly url: string) {
    super('not a PDF');
  }
}

/** pdf.js accepts a header anywhere in the first KB, as do browsers. */
const PDF_HEADER_WINDOW = 1024;

export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW));
  return head.includes('%PDF-');
}

export async function fetchBytes(url: string): Promise<Uint8Array> {
  if (/^https?:/i.test(url)) {
    const u = new URL(url);
    const origin = `${u.protocol}//${u.hostname}/*`; // match patterns carry no port
    const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => true);
    if (!granted) throw new NeedsPermission(origin);
  }
  const res = await fetch(url, { credentials: 'include' });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (!looksLikePdf(bytes)) throw new NotPdf(url);
  return bytes;
}

export async function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}
