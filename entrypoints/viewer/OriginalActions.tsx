// The original file: save (Ctrl+S), print (Ctrl+P), open in the browser's own viewer, its address
// shown and copied in one click.
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/rules';
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
