// The viewer page: loads a PDF (URL or local file), renders it in continuous scroll, runs the
// engine in a worker, and shows findings as boxes over the numbers plus the side panel. The
// reader's and the reviewer's features are registered in features.tsx, each under its own boundary.
// Testing contract: the root carries data-state (loading | done | error) and data-count-<status>.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATUSES, type Finding } from '../../lib/rules';
import type { BBox } from '../../lib/model';
import {
  documentName,
  findingHref,
  shareableFindingHref,
  parseViewerLocation,
  findingBoxesByPage,
  firstAnchor,
  type FindOptions,
} from '../../lib/extension';
import { libraryKey } from '../../lib/extension/library';
import { marksOf } from '../../lib/review/marks';
import { groupFindings } from '../../lib/report/group';
import { strings, STATUS_MARK } from '../../components/i18n';
import { panelStrings } from '../../components/panel-strings';
import { useLang } from '../../components/use-lang';
import { download, EXPORT_MIME } from '../../components/download';
import { formatForExport } from '../../components/report-load';
import { Banners, Progress } from '../../components/Banners';
import { FeatureBoundary } from '../../components/features/FeatureBoundary';
import { Slot } from '../../components/features/Slot';
import { inSlot } from '../../components/features/registry';
import { useFindingsPanel } from '../../components/use-findings-panel';
import { useDocGlossary } from '../../components/glossary/use-doc-glossary';
import { useMarkingSetting } from '../../components/glossary/use-marking-setting';
import { useTermHover } from '../../components/glossary/use-term-hover';
import { reportFor } from '../../lib/extension/finding-lang';
import { yoyRows } from '../../lib/extension/yoy';
import { LIBRARY_PATH } from '../../components/library/strings';
import { useReview } from '../../components/review/use-review';
import '../../components/review/review.css';
import { requestSite } from './load-source';
import { PageView, type FindingBox } from './PageView';
import { Toolbar } from './Toolbar';
import { usePdfDocument, type Source } from './use-pdf-document';
import { useFind } from './use-find';
import { PasswordPrompt } from './PasswordPrompt';
import { storable, useYearOverYear } from './use-year-over-year';
import { useLibrarySource } from './use-library-source';
import { LaunchBanner } from './LaunchBanner';
import { VIEWER_FEATURES, type ViewerCtx } from './features';
import { scaleFor, stepScale, type ZoomMode } from './zoom';
import { rotateBox, rotatedSize, type Rotation } from './rotate';
import { loadView, saveView } from './view-memory';
import { useReaderKeys } from './use-reader-keys';
import { useCurrentPage } from './use-current-page';
import { printOriginal, saveOriginal, browserViewerHref } from './original';
import { pdfjs, pdfjsDataUrls } from './pdfjs';

const FLASH_MS = 2200;
const LAZY_MARGIN = '150% 0px';
/** Below this window width the findings panel starts collapsed, leaving the page its width. */
const OPEN_PANEL_MIN_WIDTH_PX = 1000;

export function App() {
  const [lang, toggleLang] = useLang();
  const t = strings(lang);
  const target = useMemo(() => parseViewerLocation(location.search, location.hash), []);
  const [source, setSource] = useState<Source | null>(target.url ? { kind: 'url', url: target.url } : null);
  const [attempt, setAttempt] = useState(0);
  const loaded = usePdfDocument(source, attempt);
  const {
    phase,
    error,
    confirm,
    permission,
    notPdf,
    password,
    doc,
    sizes,
    report: checked,
    reports,
    recheckMs,
    langError,
    model,
    sha256,
    keptBytes,
    progress,
    firstFindingsMs,
  } = loaded;
  useLibrarySource(setSource);
  const url = source?.kind === 'url' ? source.url : null;
  const name = source ? (source.kind === 'url' ? documentName(source.url) : source.file.name) : '';
  const viewKey = source ? (source.kind === 'url' ? source.url : `file:${source.file.name}:${source.file.size}`) : null;
  const yoy = useYearOverYear({
    report: checked,
    model,
    bytes: keptBytes,
    sha256,
    source: source ? { url: url ?? undefined, name } : null,
  });
  // The check report in the UI language, with the cross-year findings (C1–C3) added and counted.
  // Both languages were checked in the worker: switching the language only picks the other one.
  const engineReport = useMemo(() => (reports ? reportFor(reports, yoy.findings, lang) : checked), [reports, checked, yoy.findings, lang]);
  // The reader's marks and own checks, kept under the document's library key: read once the
  // findings show (a disclosure's key is the one the library stored it under).
  const docKey = useMemo(
    () => (!checked || checked.error ? null : storable(checked) ? yoy.stored : libraryKey(checked.document, name)),
    [checked, yoy.stored, name],
  );
  const [tab, setTab] = useState('findings');
  const [panelOpen, setPanelOpen] = useState(() => innerWidth >= OPEN_PANEL_MIN_WIDTH_PX);
  const picking = panelOpen && tab === 'tick-tie' && !!model;
  const review = useReview(engineReport, docKey, lang, picking);
  const report = review.report;
  // A mark on a year-over-year finding has its finding only once the comparison is done.
  const orphans = yoy.state === 'working' ? [] : review.orphans;
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const yoyRowCount = useMemo(() => (yoy.pairs[0] ? yoyRows(yoy.pairs[0].comparison.items).length : 0), [yoy.pairs]);
  const [rowMark, setRowMark] = useState<{ page: number; bbox: BBox } | null>(null);
  const libraryHref = browser.runtime.getURL(LIBRARY_PATH as '/viewer.html');
  const viewerBase = browser.runtime.getURL('/viewer.html');
  const [zoom, setZoom] = useState<ZoomMode>('auto');
  const [rotation, setRotation] = useState<Rotation>(0);
  const [scale, setScale] = useState(1);
  // The key handlers are re-bound after each render; a key pressed before that must still step from
  // the scale on screen, not the one the handler closed over.
  const scaleNow = useRef(scale);
  scaleNow.current = scale;
  const [visible, setVisible] = useState<Set<number>>(new Set());
  const [flash, setFlash] = useState<string | null>(null);
  const panel = useFindingsPanel(report);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [findOptions, setFindOptions] = useState<FindOptions>({});
  const pagesRef = useRef<HTMLDivElement>(null);
  /** Where to put the reader back once the layout has changed (zoom, rotation, reopened view):
   *  a page and how far down it the top of the view was. */
  const anchor = useRef<{ page: number; frac: number; zoom: ZoomMode } | null>(null);
  const navigated = useRef(false);
  const [marking, setMarking] = useMarkingSetting();
  const docGlossary = useDocGlossary(doc, report?.document, phase !== 'loading');
  const termHover = useTermHover(document);
  const [markMs, setMarkMs] = useState(0);
  const onMarked = useCallback((num: number, count: number, ms: number) => {
    console.info(`[dlens] glossary: page ${num}: ${count} marks in ${ms.toFixed(1)} ms`);
    setMarkMs((m) => Math.max(m, Math.round(ms * 10) / 10));
  }, []);
  const currentPage = useCurrentPage(pagesRef.current, [doc, scale, rotation]);

  useEffect(() => {
    const title = loaded.title && name ? `${loaded.title} · ${name}` : name;
    document.title = title ? `${title} — Disclosure Lens` : 'Disclosure Lens';
  }, [name, loaded.title]);

  // The view the reader left this document in, unless the address asks for a page or a finding.
  useEffect(() => {
    if (!doc) return;
    const saved = loadView(viewKey);
    if (saved && !target.page && !target.finding && !navigated.current) {
      setZoom(saved.zoom);
      setRotation(saved.rotation);
      anchor.current = { page: saved.page, frac: 0, zoom: saved.zoom };
    }
  }, [doc]);
  useEffect(() => {
    if (doc && phase !== 'loading') saveView(viewKey, { page: currentPage, zoom, rotation });
  }, [currentPage, zoom, rotation]);

  // The scale of the zoom mode for the room the pages have now.
  const shownSizes = useMemo(() => sizes.map((s) => rotatedSize(s, rotation)), [sizes, rotation]);
  const fitScale = () => {
    const el = pagesRef.current;
    return scaleFor(zoom, shownSizes, { w: el?.clientWidth ?? 900, h: el?.clientHeight ?? 700 });
  };
  const fit = () => {
    const next = fitScale();
    // Same scale: no layout change will restore the reader's place, so do it now.
    if (next === scale) restoreAnchor();
    else {
      // The room changed (the findings panel appeared, the window was resized): keep the reader's
      // place, e.g. the page a #page= link opened at, unless a place is already waiting.
      if (!anchor.current) keepAnchor(zoom);
      setScale(next);
    }
  };
  useEffect(() => {
    if (shownSizes.length) fit();
  }, [shownSizes, zoom, report, panelOpen, sidebarOpen, tab]);
  useEffect(() => {
    addEventListener('resize', fit);
    return () => removeEventListener('resize', fit);
  });

  // Lazy rendering: pages near the viewport are "visible".
  useEffect(() => {
    const root = pagesRef.current;
    if (!root || !doc) return;
    const io = new IntersectionObserver(
      (entries) =>
        setVisible((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.page);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        }),
      { root, rootMargin: LAZY_MARGIN },
    );
    root.querySelectorAll('.dl-page').forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [doc, sizes]);

  const scrollToBox = useCallback(
    (page: number, box?: BBox) => {
      const root = pagesRef.current;
      const el = root?.querySelector<HTMLElement>(`.dl-page[data-page="${page}"]`);
      // The reader went somewhere: the view saved last time is not restored over it.
      navigated.current = true;
      // A place asked for now wins over one still waiting for a zoom to apply, or for the pages to
      // be laid out (on a slow machine either would otherwise pull the reader elsewhere afterwards).
      if (anchor.current || !root || !el) anchor.current = { zoom, ...anchor.current, page, frac: 0 };
      if (!root || !el) return;
      const bbox = box && sizes[page - 1] ? rotateBox(box, sizes[page - 1], rotation) : box;
      const y = el.offsetTop + (bbox ? bbox[1] * scale : 0) - (bbox ? root.clientHeight / 3 : 8);
      // Scroll sideways only when the box is out of view (zoomed in past the width).
      let x = root.scrollLeft;
      if (bbox) {
        const left = el.offsetLeft + bbox[0] * scale;
        const right = el.offsetLeft + bbox[2] * scale;
        if (left < root.scrollLeft || right > root.scrollLeft + root.clientWidth) x = left - root.clientWidth / 3;
      }
      root.scrollTo({ top: Math.max(0, y), left: Math.max(0, x) });
    },
    [scale, rotation, sizes, zoom],
  );
  const goPage = useCallback((n: number) => scrollToBox(n), [scrollToBox]);

  // After a zoom or rotation, or a reopened view: the same place of the same page at the top.
  const keepAnchor = (z: ZoomMode) => {
    const root = pagesRef.current;
    if (!root) return;
    const top = root.scrollTop;
    for (const el of root.querySelectorAll<HTMLElement>('.dl-page')) {
      if (el.offsetTop + el.offsetHeight > top) {
        anchor.current = { page: Number(el.dataset.page), frac: Math.max(0, (top - el.offsetTop) / el.offsetHeight), zoom: z };
        return;
      }
    }
  };
  const restoreAnchor = () => {
    const a = anchor.current;
    // Only once the scale of the zoom the anchor was taken for is applied.
    if (!a || a.zoom !== zoom || scale !== fitScale()) return;
    const el = pagesRef.current?.querySelector<HTMLElement>(`.dl-page[data-page="${a?.page}"]`);
    if (!el) return;
    anchor.current = null;
    pagesRef.current!.scrollTop = el.offsetTop + a.frac * el.offsetHeight;
  };
  useLayoutEffect(restoreAnchor, [scale, rotation, sizes]);
  const changeZoom = (z: ZoomMode) => {
    keepAnchor(z);
    setZoom(z);
  };

  const {
    matches,
    index: matchIndex,
    setIndex: setMatchIndex,
  } = useFind(doc, query, findOptions, (m) => scrollToBox(m.page, m.hits[0].bbox));

  // Open at #page=N once the pages exist.
  useEffect(() => {
    if (doc && target.page) requestAnimationFrame(() => scrollToBox(target.page!));
  }, [doc]);

  const findStep = (delta: 1 | -1) => {
    if (!matches.length) return;
    const i = (matchIndex + delta + matches.length) % matches.length;
    setMatchIndex(i);
    scrollToBox(matches[i].page, matches[i].hits[0].bbox);
  };

  const boxesByPage = useMemo(() => {
    const out = new Map<number, FindingBox[]>();
    const messages = new Map(panel.shown.map((f) => [f.id, f]));
    for (const [page, boxes] of findingBoxesByPage(panel.shown)) {
      out.set(
        page,
        boxes.map((b) => {
          const f = messages.get(b.finding)!;
          return {
            finding: b.finding,
            status: b.status,
            bbox: b.bbox,
            label: b.first ? `${STATUS_MARK[b.status]} ${t.status[b.status]}` : '',
            title: `${t.status[b.status]} · ${f.rule}: ${f.message}${f.formula ? `\n${f.formula}` : ''}`,
          };
        }),
      );
    }
    return out;
  }, [panel.shown, lang]);

  const select = (f: Finding | string) => {
    const finding = typeof f === 'string' ? report?.findings.find((x) => x.id === f) : f;
    if (!finding) return;
    panel.setSelected(finding.id);
    setPanelOpen(true);
    setTab('findings');
    const at = firstAnchor(finding);
    if (at) scrollToBox(at.page, at.bbox);
    setFlash(finding.id);
    setTimeout(() => setFlash((cur) => (cur === finding.id ? null : cur)), FLASH_MS);
    if (typeof f === 'string') {
      requestAnimationFrame(() =>
        document.querySelector(`.dl-finding[data-finding="${CSS.escape(f)}"]`)?.scrollIntoView({ block: 'nearest' }),
      );
    }
  };

  // A link to one finding (#finding=<id>): select it once the report is there (passes shown if it is one).
  const linked = useRef(false);
  useEffect(() => {
    if (linked.current || !target.finding || phase !== 'done' || !report) return;
    linked.current = true;
    const f = report.findings.find((x) => x.id === target.finding);
    if (!f) return;
    if (f.status === 'pass') panel.setShowPasses(true);
    requestAnimationFrame(() => select(f.id));
  }, [phase, report]);

  // Keyboard: n / p step through the shown findings (outside text fields).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'n' && e.key !== 'p')) return;
      if ((e.target as HTMLElement)?.closest?.('input, textarea, select')) return;
      // Same order as the panel lists them.
      const order = groupFindings({ ...report!, findings: panel.shown }, '').flatMap((g) => g.findings);
      if (!order.length) return;
      const i = order.findIndex((f) => f.id === panel.selected);
      const next = e.key === 'n' ? (i + 1) % order.length : (i <= 0 ? order.length : i) - 1;
      select(order[next].id);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  useReaderKeys(pagesRef.current, {
    save: () => loaded.original && saveOriginal(loaded.original, name),
    print: () => loaded.original && printOriginal(loaded.original),
    zoom: (dir) => changeZoom(dir === 0 ? 'auto' : stepScale(scaleNow.current, dir)),
  });

  const onExport = (format: 'md' | 'csv' | 'json') => {
    if (!report) return;
    const base = name.replace(/\.pdf$/i, '') || 'report';
    download(`${base}.dlens.${format}`, formatForExport(report, format, lang), EXPORT_MIME[format]);
  };

  const showRow = (page: number, bbox?: BBox) => {
    scrollToBox(page, bbox);
    if (!bbox) return;
    setRowMark({ page, bbox });
    setTimeout(() => setRowMark((m) => (m?.bbox === bbox ? null : m)), FLASH_MS);
  };
  // The reviewer's exports: pdf-lib and the memo's crops load only when asked for.
  const onReviewExport = (what: 'marks' | 'annotated' | 'memo') => {
    if (!report || exporting) return;
    setExporting(what);
    setExportError(null);
    const original = loaded.original;
    (async () => {
      const ex = await import('../../components/review/exports');
      const docInfo = { key: docKey ?? undefined, name, sha256: sha256 ?? undefined };
      if (what === 'marks') ex.exportMarks(name, [...marksOf(report.findings), ...(report.orphanedMarks ?? [])], docInfo);
      else if (!original) throw new Error('the PDF bytes are not available');
      else if (what === 'annotated') await ex.exportAnnotatedPdf(name, original, report, lang);
      else {
        const { iccUrl: _icc, ...assets } = pdfjsDataUrls();
        await ex.exportMemo(name, pdfjs, assets, original, report, lang);
      }
    })()
      .catch((err: unknown) => setExportError(String((err as Error)?.message ?? err)))
      .finally(() => setExporting(null));
  };
  const onPick = (page: number, rect: BBox) => model && review.engine && review.togglePicks(review.engine.picksInRect(model, page, rect));
  const pickedOn = (n: number) => [
    ...review.picks.parts.filter((q) => q.page === n && q.bbox).map((q) => ({ bbox: q.bbox!, total: false })),
    ...(review.picks.total?.page === n && review.picks.total.bbox ? [{ bbox: review.picks.total.bbox, total: true }] : []),
  ];

  const yoyCounts: Record<string, number> = {};
  for (const f of yoy.findings.zh) yoyCounts[`${f.rule}:${f.status}`] = (yoyCounts[`${f.rule}:${f.status}`] ?? 0) + 1;

  const ctx: ViewerCtx = {
    lang,
    doc,
    sizes,
    report,
    name,
    url,
    original: loaded.original,
    currentPage,
    goPage,
    select,
    panel,
    // Shareable (the document's own address) where it has one; else this browser's viewer address.
    linkFor: url ? (f) => shareableFindingHref(url, f.id) ?? findingHref(viewerBase, url, f.id) : undefined,
    onExport,
    find: { query, setQuery, options: findOptions, setOptions: setFindOptions, count: matches.length, index: matchIndex, step: findStep },
    glossary: { ctx: docGlossary.ctx, marking, setMarking, hover: termHover },
    yoy: { ...yoy, rowCount: yoyRowCount, counts: yoyCounts },
    libraryHref,
    showRow,
    review: { ...review, orphans, exporting, exportError, onExport: onReviewExport },
  };
  const tabs = inSlot(VIEWER_FEATURES, 'tab');
  const activeTab = tabs.find((f) => f.id === tab) ?? tabs[0];

  const counts = Object.fromEntries(
    STATUSES.map((s) => [`data-count-${s}`, report && phase === 'done' ? String(report.summary[s] ?? 0) : undefined]),
  );
  const pt = panelStrings(lang);
  const next = (
    <>
      {url && <a href={browserViewerHref(url)}>{t.openOriginal}</a>}{' '}
      <button type="button" class="dl-retry" onClick={() => setAttempt((a) => a + 1)}>
        {pt.retry}
      </button>
    </>
  );

  return (
    <div
      id="dlens-viewer"
      class="dl-root dl-viewer"
      data-state={phase}
      data-lang={lang}
      data-page={currentPage}
      data-scale={scale}
      data-ms-recheck={recheckMs ?? undefined}
      data-lang-error={langError ?? undefined}
      data-ms-first-findings={firstFindingsMs ?? undefined}
      data-ms-yoy={yoy.state === 'done' ? (yoy.doneMs ?? undefined) : undefined}
      data-ms-glossary-index={docGlossary.indexMs == null ? undefined : docGlossary.indexMs.toFixed(1)}
      data-ms-glossary-page-max={markMs || undefined}
      data-doc-key={docKey ?? undefined}
      data-marks-state={review.state}
      data-marks={review.counts.total}
      data-orphans={orphans.length}
      {...counts}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const f = e.dataTransfer?.files?.[0];
        if (f) setSource({ kind: 'file', file: f });
      }}
    >
      <Toolbar
        lang={lang}
        title={loaded.title ?? name}
        scale={scale}
        zoom={zoom}
        onZoom={changeZoom}
        page={currentPage}
        pages={sizes.length}
        onPage={goPage}
        onRotate={() => {
          keepAnchor(zoom);
          setRotation((r) => ((r + 90) % 360) as Rotation);
        }}
        sidebarOpen={sidebarOpen}
        onSidebar={() => setSidebarOpen((o) => !o)}
        onFile={(f) => setSource({ kind: 'file', file: f })}
        onLang={toggleLang}
        libraryHref={libraryHref}
      >
        <Slot features={VIEWER_FEATURES} slot="toolbar" ctx={ctx} />
      </Toolbar>
      {phase === 'loading' && <Progress label={doc ? t.analyzing : t.loading} progress={progress} lang={lang} />}
      <div class="dl-body">
        {sidebarOpen && doc && <Slot features={VIEWER_FEATURES} slot="sidebar" ctx={ctx} />}
        <main class="dl-pages" ref={pagesRef} aria-busy={phase === 'loading'}>
          {notPdf ? (
            <div class="dl-banner dl-banner-warn" role="alert" data-banner="not-pdf">
              {t.notPdf} <a href={browserViewerHref(notPdf)}>{t.openOriginal}</a>
            </div>
          ) : (
            <Banners lang={lang} report={report} error={error} next={next} />
          )}
          {confirm && <LaunchBanner url={confirm} lang={lang} onLoad={() => setAttempt((a) => a + 1)} />}
          {permission && (
            <div class="dl-banner dl-banner-warn">
              {t.grantHint}{' '}
              <button type="button" onClick={() => void requestSite(permission).then((ok) => ok && setAttempt((a) => a + 1))}>
                {t.grantAccess}
              </button>
            </div>
          )}
          {password && <PasswordPrompt lang={lang} retry={password.retry} onSubmit={password.resolve} />}
          {phase === 'idle' && <p class="dl-drop">{t.dropHint}</p>}
          {doc &&
            sizes.map((size, i) => (
              <PageView
                key={i + 1}
                doc={doc}
                num={i + 1}
                size={size}
                scale={scale}
                rotation={rotation}
                visible={visible.has(i + 1)}
                boxes={boxesByPage.get(i + 1) ?? []}
                findBoxes={matches.flatMap((m) => m.hits.filter((h) => h.page === i + 1).map((h) => h.bbox))}
                activeFind={matches[matchIndex]?.hits.filter((h) => h.page === i + 1).map((h) => h.bbox) ?? null}
                flash={flash}
                selected={panel.selected}
                onBoxClick={select}
                marking={marking}
                onMarked={onMarked}
                mark={rowMark?.page === i + 1 ? rowMark.bbox : null}
                onPick={picking && review.engine ? onPick : undefined}
                picked={pickedOn(i + 1)}
              />
            ))}
        </main>
        {report && !report.error && (
          <aside class={`dl-aside${panelOpen ? '' : ' dl-collapsed'}${tab === 'year-over-year' ? ' dl-wide' : ''}`}>
            <button type="button" class="dl-collapse" aria-expanded={panelOpen} onClick={() => setPanelOpen(!panelOpen)}>
              {panelOpen ? t.closePanel : t.openPanel}
            </button>
            {panelOpen && <Slot features={VIEWER_FEATURES} slot="panel-top" ctx={ctx} />}
            {panelOpen && (
              <div class="dl-tabs" role="tablist">
                {tabs.map((f) => {
                  const { label, attrs = {} } = f.tab!(ctx);
                  const { class: extra = '', ...data } = attrs as Record<string, string | number>;
                  return (
                    <button
                      key={f.id}
                      type="button"
                      role="tab"
                      class={`dl-tab ${extra}`}
                      aria-selected={activeTab === f}
                      data-tab={f.id}
                      onClick={() => setTab(f.id)}
                      {...data}
                    >
                      {label}
                    </button>
                  );
                })}
              </div>
            )}
            {panelOpen && activeTab && (
              <FeatureBoundary id={activeTab.id}>
                <div class="dl-feature" data-feature={activeTab.id}>
                  {activeTab.render(ctx)}
                </div>
              </FeatureBoundary>
            )}
          </aside>
        )}
      </div>
      <Slot features={VIEWER_FEATURES} slot="floating" ctx={ctx} />
    </div>
  );
}
