// Viewer toolbar: sidebar, open file, page number, zoom modes, rotation, the features' controls
// (find, the original file), language, library.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../lib/rules';
import { strings } from '../../components/i18n';
import { libraryStrings } from '../../components/library/strings';
import { readerStrings } from './strings';
import { parsePercent, stepScale, type ZoomMode } from './zoom';

interface Props {
  lang: Lang;
  title: string;
  scale: number;
  zoom: ZoomMode;
  onZoom: (next: ZoomMode) => void;
  page: number;
  pages: number;
  onPage: (n: number) => void;
  onRotate: () => void;
  sidebarOpen: boolean;
  onSidebar: () => void;
  onFile: (f: File) => void;
  onLang: () => void;
  libraryHref: string;
  /** The registered features' toolbar controls. */
  children?: ComponentChildren;
}

const PRESETS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export function Toolbar(p: Props) {
  const t = strings(p.lang);
  const r = readerStrings(p.lang);
  const [pageText, setPageText] = useState(String(p.page));
  const pct = `${Math.round(p.scale * 100)}%`;
  const [pctText, setPctText] = useState(pct);
  useEffect(() => setPageText(String(p.page)), [p.page]);
  useEffect(() => setPctText(pct), [p.scale]);
  const goPage = () => {
    const n = Number(pageText);
    if (Number.isInteger(n) && n >= 1 && n <= p.pages) p.onPage(n);
    else setPageText(String(p.page));
  };
  const typedZoom = () => {
    const s = parsePercent(pctText);
    if (s) p.onZoom(s);
    else setPctText(pct);
  };
  const modeValue = typeof p.zoom === 'number' ? (PRESETS.includes(p.zoom) ? String(p.zoom) : 'custom') : p.zoom;
  return (
    <div class="dl-toolbar" role="toolbar" aria-label={t.appName}>
      <button
        type="button"
        class="dl-sidebar-toggle"
        aria-pressed={p.sidebarOpen}
        aria-label={r.sidebar}
        title={r.sidebar}
        onClick={p.onSidebar}
      >
        ☰
      </button>
      <strong class="dl-title" title={p.title}>
        {p.title || t.appName}
      </strong>
      <label class="dl-button" title={t.openFile}>
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
      {p.pages > 0 && (
        <span class="dl-pagenum">
          <input
            class="dl-page-input"
            inputMode="numeric"
            aria-label={r.page}
            title={r.page}
            value={pageText}
            size={3}
            onInput={(e) => setPageText((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => e.key === 'Enter' && goPage()}
            onBlur={goPage}
          />
          <span class="dl-page-count">{r.pageOf(p.pages)}</span>
        </span>
      )}
      <span class="dl-zoom">
        <button type="button" onClick={() => p.onZoom(stepScale(p.scale, -1))} aria-label={t.zoomOut} title={`${t.zoomOut} (Ctrl+-)`}>
          −
        </button>
        <select
          class="dl-zoom-mode"
          aria-label={r.zoomMode}
          title={r.zoomMode}
          value={modeValue}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            p.onZoom(/^\d/.test(v) ? Number(v) : (v as ZoomMode));
          }}
        >
          <option value="auto">{r.zoomAuto}</option>
          <option value="page-fit">{r.zoomPageFit}</option>
          <option value="page-width">{r.zoomPageWidth}</option>
          <option value="actual">{r.zoomActual}</option>
          {PRESETS.map((z) => (
            <option key={z} value={String(z)}>
              {Math.round(z * 100)}%
            </option>
          ))}
          <option value="custom" hidden>
            {pctText}
          </option>
        </select>
        <input
          class="dl-zoom-pct"
          aria-label={r.zoomPercent}
          title={r.zoomPercent}
          value={pctText}
          size={5}
          onInput={(e) => setPctText((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && typedZoom()}
          onBlur={typedZoom}
        />
        <button type="button" onClick={() => p.onZoom(stepScale(p.scale, 1))} aria-label={t.zoomIn} title={`${t.zoomIn} (Ctrl+=)`}>
          +
        </button>
      </span>
      <button type="button" class="dl-rotate" onClick={p.onRotate} aria-label={r.rotate} title={r.rotate}>
        ⟳
      </button>
      {p.children}
      <button type="button" class="dl-lang" onClick={p.onLang} title={t.language}>
        {t.language}
      </button>
      <a class="dl-button dl-library-link" href={p.libraryHref} target="_blank" rel="noopener">
        {libraryStrings(p.lang).library}
      </a>
    </div>
  );
}
