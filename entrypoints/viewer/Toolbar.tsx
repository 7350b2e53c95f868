// Viewer toolbar: open file, zoom, find, language.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/rules';
import { strings } from '../../components/i18n';
import { libraryStrings } from '../../components/library/strings';

interface Props {
  lang: Lang;
  title: string;
  scale: number;
  onZoom: (next: number | 'fit') => void;
  onFile: (f: File) => void;
  query: string;
  onQuery: (q: string) => void;
  matchCount: number;
  matchIndex: number;
  onFindStep: (delta: 1 | -1) => void;
  onLang: () => void;
  libraryHref: string;
}

export const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 2.5, 3];

export function Toolbar(p: Props) {
  const t = strings(p.lang);
  const findRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'f') {
        e.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  const step = (dir: 1 | -1) => {
    const i = ZOOM_STEPS.findIndex((z) => z >= p.scale - 1e-3);
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (i < 0 ? ZOOM_STEPS.length - 1 : i) + dir))];
    p.onZoom(next);
  };
  return (
    <div class="dl-toolbar" role="toolbar" aria-label={t.appName}>
      <strong class="dl-title" title={p.title}>{p.title || t.appName}</strong>
      <label class="dl-button">
        {t.openFile}
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="dl-visually-hidden"
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) p.onFile(f);
          }}
        />
      </label>
      <span class="dl-zoom">
        <button type="button" onClick={() => step(-1)} aria-label={t.zoomOut} title={t.zoomOut}>−</button>
        <span aria-live="polite">{Math.round(p.scale * 100)}%</span>
        <button type="button" onClick={() => step(1)} aria-label={t.zoomIn} title={t.zoomIn}>+</button>
        <button type="button" onClick={() => p.onZoom('fit')}>{t.fitWidth}</button>
      </span>
      <span class="dl-find" role="search">
        <input
          ref={findRef}
          type="search"
          placeholder={t.findPlaceholder}
          aria-label={t.find}
          value={p.query}
          onInput={(e) => p.onQuery((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') p.onFindStep(e.shiftKey ? -1 : 1);
          }}
        />
        {p.query && (
          <span class="dl-find-count" aria-live="polite">
            {p.matchCount ? `${p.matchIndex + 1}/` : ''}
            {t.matches(p.matchCount)}
          </span>
        )}
        <button type="button" onClick={() => p.onFindStep(-1)} aria-label={t.findPrev} title={t.findPrev}>↑</button>
        <button type="button" onClick={() => p.onFindStep(1)} aria-label={t.findNext} title={t.findNext}>↓</button>
      </span>
      <button type="button" class="dl-lang" onClick={p.onLang}>{t.language}</button>
      <a class="dl-button dl-library-link" href={p.libraryHref} target="_blank" rel="noopener">{libraryStrings(p.lang).library}</a>
    </div>
  );
}
