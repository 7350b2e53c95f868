// What a government web page is, for the page overlay: a disclosure with tables (run the checks
// on it), a landing page linking budget attachments (badge the links), or anything else (leave
// it alone). Works on a real DOM or linkedom; reads only, never changes the page.

export type PageKind = 'disclosure' | 'landing' | 'other';

/** 部门预算/决算 wording in the title or headings. */
const DISCLOSURE_WORDS = /(部门|单位|区级|市级|省级|本级)?(预算|决算)(公开|情况说明)?|收支(预算|决算)总表|财政拨款收支/;
const STRONG_TITLE = /(部门|单位)(预算|决算)|(预算|决算)公开/;
/** Hints in a link's text, title or URL that it is a budget/final-account attachment. */
const ATTACHMENT_HINT = /预算|决算|yusuan|juesuan|budget/i;
const ATTACHMENT_EXT = /\.(pdf|xlsx?|docx?|wps|et|ofd)$/i;
/** A cell that holds an amount: 1,234.56 / 1234 / -12.5 / 0.00 */
const AMOUNT = /^[-−]?\d{1,3}(,\d{3})+(\.\d+)?$|^[-−]?\d+\.\d{1,4}$|^[-−]?\d{2,}$/;
/** A table counts when this many of its cells are amounts. */
const MIN_AMOUNT_CELLS = 6;
/** The heading text considered: title + h1–h3, capped. */
const HEADING_CHARS = 600;

export interface Attachment {
  /** The link element to badge. */
  link: Element;
  url: string;
}

export function classifyPage(doc: Document, baseUrl: string): PageKind {
  const headings = headingText(doc);
  if (DISCLOSURE_WORDS.test(headings) && amountTables(doc) > 0) return 'disclosure';
  if (budgetAttachments(doc, baseUrl).length > 0) return 'landing';
  return 'other';
}

/** Budget wording in the title or headings: a page the table test missed may still be a disclosure
 *  published as an article (its 情况说明 as text, the tables as attachments), which the engine
 *  reads from its text — the overlay then asks the engine, as `dlens check` does. */
export function hasDisclosureWording(doc: Document): boolean {
  return DISCLOSURE_WORDS.test(headingText(doc));
}

function headingText(doc: Document): string {
  const parts = [doc.title ?? ''];
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) parts.push(h.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, '').slice(0, HEADING_CHARS);
}

/** Number of tables with at least MIN_AMOUNT_CELLS amount cells. */
export function amountTables(doc: Document): number {
  let n = 0;
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    let amounts = 0;
    for (const cell of Array.from(table.querySelectorAll('td, th'))) {
      if (AMOUNT.test((cell.textContent ?? '').replace(/\s+/g, ''))) amounts++;
      if (amounts >= MIN_AMOUNT_CELLS) break;
    }
    if (amounts >= MIN_AMOUNT_CELLS) n++;
  }
  return n;
}

/** Links to attachments (by href, or by a `downloadFj('name.pdf','./W0….pdf')`-style onclick)
 *  whose text, title or URL — or, failing that, the page's own title — mentions 预算/决算. */
export function budgetAttachments(doc: Document, baseUrl: string): Attachment[] {
  const pageIsBudget = STRONG_TITLE.test((doc.title ?? '').replace(/\s+/g, ''));
  const out: Attachment[] = [];
  for (const link of Array.from(doc.querySelectorAll('a'))) {
    const raw = attachmentHref(link);
    if (!raw) continue;
    let url: string;
    try {
      url = new URL(raw, baseUrl).href;
    } catch {
      continue;
    }
    const said = `${link.textContent ?? ''} ${link.getAttribute('title') ?? ''} ${decodeSafe(new URL(url).pathname)}`;
    if (ATTACHMENT_HINT.test(said) || pageIsBudget) out.push({ link, url });
  }
  return out;
}

function attachmentHref(link: Element): string | null {
  const href = link.getAttribute('href');
  if (href && ATTACHMENT_EXT.test(href.replace(/[?#].*$/, ''))) return href;
  const onclick = link.getAttribute('onclick') ?? '';
  const quoted = [...onclick.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
  const path = quoted.reverse().find((q) => /^(\.{0,2}\/|https?:)/.test(q) && ATTACHMENT_EXT.test(q.replace(/[?#].*$/, '')));
  return path ?? null;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
