// Gets the document's bytes: from its URL (asking for the site's permission when needed) or a local file.
import { browser } from 'wxt/browser';
import { pdfBytesProblem } from '../../lib/extension/pdf-integrity';
import { LoadFailure } from '../../components/load-error';

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

/** Throws what is wrong with bytes that are not a whole PDF: a web page under a PDF address
 *  (NotPdf, with a link to open it as it is), or an empty, non-PDF, truncated or damaged file. */
export function checkBytes(bytes: Uint8Array, url: string | null): void {
  const problem = pdfBytesProblem(bytes);
  if (!problem) return;
  if (problem === 'html' && url) throw new NotPdf(url);
  throw new LoadFailure({ kind: problem === 'html' ? 'not-pdf' : problem, detail: `pdfBytesProblem: ${problem}` });
}

export async function fetchBytes(url: string): Promise<Uint8Array> {
  if (/^https?:/i.test(url)) {
    const u = new URL(url);
    const origin = `${u.protocol}//${u.hostname}/*`; // match patterns carry no port
    const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => false); // fail closed
    if (!granted) throw new NeedsPermission(origin);
  }
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'include' });
  } catch (err) {
    throw new LoadFailure({ kind: 'network', detail: String((err as Error)?.message ?? err) });
  }
  if (!res.ok) throw new LoadFailure({ kind: 'http', status: res.status, detail: `HTTP ${res.status} ${res.statusText}` });
  const bytes = new Uint8Array(await res.arrayBuffer());
  checkBytes(bytes, url);
  return bytes;
}

export async function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}
