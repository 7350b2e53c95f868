// The viewer's address: which document to open and where to land.
// DNR redirects cannot URL-encode what they substitute, so the viewer accepts both
// `?file=<encoded url>&k=<key>` (our own links) and `?k=<key>&DNR:<raw url>` (declarativeNetRequest
// redirect). The launch key is a per-session secret only the extension knows: a viewer address
// without it was made by someone else (a web page), and loads nothing before the reader's click.

export const VIEWER_PATH = '/viewer.html';
/** Added to a PDF's query string to let the browser's own viewer show it (escape hatch). */
export const SKIP_MARKER = 'dlens-skip=1';

export interface ViewerTarget {
  /** The document's URL; null when the viewer was opened empty (file picker). */
  url: string | null;
  page: number | null;
  /** The launch key the address carries (null: none). */
  key: string | null;
  /** `#finding=<id>`: a link to one finding (opens the document selected at it). */
  finding: string | null;
}

/** The viewer URL that opens `docUrl`, keeping a `#page=` or `#dlens-finding=` fragment. */
export function viewerHref(viewerBase: string, docUrl: string, key?: string): string {
  const fragment = docUrl.includes('#') ? docUrl.slice(docUrl.indexOf('#')) : '';
  const page = /page=(\d+)/.exec(fragment);
  const finding = FINDING.exec(fragment);
  const kept = [page && `page=${page[1]}`, finding && `${FINDING_PARAM}=${finding[1]}`].filter(Boolean).join('&');
  const bare = docUrl.replace(/#.*$/, '');
  return `${viewerBase}?file=${encodeURIComponent(bare)}${key ? `&k=${encodeURIComponent(key)}` : ''}${kept ? `#${kept}` : ''}`;
}

/** The fragment that names one finding on a document's own address (ours, so no site's own meaning). */
const FINDING_PARAM = 'dlens-finding';
const FINDING = /(?:^#?|[#&])(?:dlens-)?finding=([^&]+)/;

/**
 * A link to one finding that a colleague with the extension can open in their own browser: the
 * document's own address with `#dlens-finding=<id>`. The extension's interception carries the
 * fragment into the viewer (a redirect keeps the fragment of the address it came from); without the
 * extension it simply opens the document. Null for a document that has no shareable address.
 */
export function shareableFindingHref(docUrl: string, findingId: string): string | null {
  if (!/^https?:/i.test(docUrl)) return null;
  return `${docUrl.replace(/#.*$/, '')}#${FINDING_PARAM}=${encodeURIComponent(findingId)}`;
}

/** The declarativeNetRequest substitution that sends a PDF's address (`\\0`) to the viewer. */
export function dnrSubstitution(viewerBase: string, key: string): string {
  return `${viewerBase}?k=${key}&DNR:\\0`;
}

const DNR = /^\?(?:k=([\w-]+)&)?DNR:/;

/** Reads `location.search` + `location.hash` of the viewer. */
export function parseViewerLocation(search: string, hash: string): ViewerTarget {
  let url: string | null = null;
  let key: string | null = null;
  const dnr = DNR.exec(search);
  if (dnr) {
    url = search.slice(dnr[0].length);
    key = dnr[1] ?? null;
  } else {
    const params = new URLSearchParams(search);
    url = params.get('file') || null;
    key = params.get('k') || null;
  }
  let fragment = hash;
  // A raw DNR URL keeps its own fragment in `hash`; a ?file= URL may carry one encoded.
  if (url && url.includes('#')) {
    fragment ||= url.slice(url.indexOf('#'));
    url = url.slice(0, url.indexOf('#'));
  }
  const page = /page=(\d+)/.exec(fragment);
  const finding = FINDING.exec(fragment);
  if (url && !/^(https?|file|blob):/i.test(url)) url = null;
  return { url, page: page ? Number(page[1]) : null, key, finding: finding ? safeDecode(finding[1]) : null };
}

/** The viewer URL that reopens `docUrl` at one finding (shareable: it names the document's own address). */
export function findingHref(viewerBase: string, docUrl: string, findingId: string): string {
  return `${viewerBase}?file=${encodeURIComponent(docUrl.replace(/#.*$/, ''))}#finding=${encodeURIComponent(findingId)}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A name for downloads and the title bar: the last path segment, decoded. */
export function documentName(url: string | null, fallback = 'document.pdf'): string {
  if (!url) return fallback;
  const path = url.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || fallback;
  } catch {
    return last || fallback;
  }
}
