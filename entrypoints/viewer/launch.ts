// Whether this viewer was opened by the extension itself (interception, badge, menu, library):
// only then does it fetch a document with the reader's cookies and store it in the library
// without asking. A web page that navigates a tab (or a frame) to the viewer gets a banner and a
// button instead: nothing is fetched before the reader's click.
import { parseViewerLocation } from '../../lib/extension/viewer-url';
import { storedLaunchKey } from '../../components/launch-key';

const confirmed = new Set<string>();

/** The reader clicked "load" for this address. */
export function confirmLaunch(url: string): void {
  confirmed.add(url);
}

export async function launchAllowed(url: string): Promise<boolean> {
  if (confirmed.has(url)) return true;
  if (window.top !== window) return false; // framed by some page
  const { key } = parseViewerLocation(location.search, location.hash);
  if (!key) return false;
  return key === (await storedLaunchKey());
}
