// The original file: save (Ctrl+S), print (Ctrl+P), open in the browser's own viewer, its address
// shown and copied in one click; the per-site switch "don't open PDFs from this site here".
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/rules';
import { isSiteOff, siteOf } from '../../lib/extension/site-switch';
import { onSitesOffChange, readSitesOff, setSiteOff, siteSwitchStrings, trustedClick } from '../../components/site-switch';
import { readerStrings } from './strings';
import { browserViewerHref, printOriginal, saveOriginal } from './original';

interface Props {
  lang: Lang;
  bytes: Uint8Array | null;
  name: string;
  url: string | null;
}

export function OriginalActions(p: Props) {
  const r = readerStrings(p.lang);
  const [copied, setCopied] = useState(false);
  const site = siteOf(p.url);
  const sw = siteSwitchStrings(p.lang);
  const [siteOff, setOff] = useState(false);
  useEffect(() => {
    const update = (sites: string[]) => setOff(isSiteOff(p.url, sites));
    void readSitesOff().then(update);
    return onSitesOffChange(update);
  }, [p.url]);
  const toggleSite = (e: Event, off: boolean) => {
    if (site && trustedClick(e)) void setSiteOff(site, off).then(() => setOff(off));
  };
  const copy = async () => {
    if (!p.url) return;
    await navigator.clipboard.writeText(p.url).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <span class="dl-original">
      <button
        type="button"
        class="dl-save"
        disabled={!p.bytes}
        aria-label={r.download}
        title={r.download}
        onClick={() => p.bytes && saveOriginal(p.bytes, p.name)}
      >
        {r.saveShort}
      </button>
      <button
        type="button"
        class="dl-print"
        disabled={!p.bytes}
        aria-label={r.print}
        title={r.print}
        onClick={() => p.bytes && printOriginal(p.bytes)}
      >
        {r.printShort}
      </button>
      {p.url && (
        <>
          <a class="dl-button dl-open-browser" href={browserViewerHref(p.url)} title={r.openInBrowser} aria-label={r.openInBrowser}>
            {r.browserShort}
          </a>
          {site &&
            (siteOff ? (
              <span class="dl-site-off" role="status" data-site={site}>
                {sw.isOff(site)}{' '}
                <button
                  type="button"
                  class="dl-site-undo"
                  title={sw.undoTitle(site)}
                  aria-label={sw.undoTitle(site)}
                  onClick={(e) => toggleSite(e, false)}
                >
                  {sw.undo}
                </button>
              </span>
            ) : (
              <button
                type="button"
                class="dl-site-switch"
                data-site={site}
                title={sw.offTitle(site)}
                aria-label={sw.off}
                onClick={(e) => toggleSite(e, true)}
              >
                {sw.offShort}
              </button>
            ))}
          <span class="dl-source" title={`${r.sourceUrl}: ${p.url}`}>
            <span class="dl-source-url">{p.url}</span>
            <button type="button" class="dl-copy-url" aria-label={r.copyUrl} title={r.copyUrl} onClick={() => void copy()}>
              {copied ? r.copied : r.copyShort}
            </button>
          </span>
        </>
      )}
    </span>
  );
}
