// Shown when a web page (not the extension) opened the viewer on an address: the reader decides
// whether to load it. Loading then fetches it as the extension would (with the site's cookies)
// and stores it in the local library.
import type { Lang } from '../../lib/rules';
import { confirmLaunch } from './launch';

const TEXT = {
  zh: {
    notice: '这个查看器不是由 Disclosure Lens 打开的，而是由某个网页打开的。尚未读取任何内容。要读取并核对这个文件吗？',
    load: '读取此文件',
  },
  en: {
    notice: 'This viewer was opened by a web page, not by Disclosure Lens. Nothing has been read yet. Read and check this file?',
    load: 'Read this file',
  },
} as const;

export function LaunchBanner({ url, lang, onLoad }: { url: string; lang: Lang; onLoad: () => void }) {
  const t = TEXT[lang];
  return (
    <div class="dl-banner dl-banner-warn" role="alert" data-banner="launch">
      {t.notice} <code class="dl-launch-url">{url}</code>{' '}
      <button
        type="button"
        onClick={(e) => {
          if (!e.isTrusted) return;
          confirmLaunch(url);
          onLoad();
        }}
      >
        {t.load}
      </button>
    </div>
  );
}
