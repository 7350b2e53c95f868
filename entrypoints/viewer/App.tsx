// The viewer page: loads a PDF (URL or local file), renders it in continuous scroll, runs the
// engine in a worker, and shows findings as boxes over the numbers plus the side panel.
// Testing contract: the root carries data-state (loading | done | error) and data-count-<status>.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATUSES, type Finding, type Status } from '../../lib/rules';
import type { BBox } from '../../lib/model';
import { documentName, parseViewerLocation, SKIP_MARKER, findingBoxesByPage, firstAnchor } from '../../lib/extension';
import { groupFindings } from '../../lib/report/group';
import { FindingsPanel } from '../../components/FindingsPanel';
import { strings, STATUS_MARK } from '../../components/i18n';
import { useLang } from '../../components/use-lang';
import { download, EXPORT_MIME } from '../../components/download';
import { formatForExport } from '../../components/report-load';
import { Banners, Progress } from '../../components/Banners';
import { requestSite } from './load-source';
import { PageView, type FindingBox } from './PageView';
import { Toolbar } from './Toolbar';
import { usePdfDocument, type Source } from './use-pdf-document';
import { useFind } from './use-find';
import { PasswordPrompt } from './PasswordPrompt';
import { GlossaryPanel } from '../../components/glossary/GlossaryPanel';
import { TermPopover } from '../../components/glossary/TermPopover';
import { sharedGlossary } from '../../components/glossary/shared';
import { useDocGlossary } from '../../components/glossary/use-doc-glossary';
import { useMarkingSetting } from '../../components/glossary/use-marking-setting';
import { useTermHover } from '../../components/glossary/use-term-hover';
import { reportFor } from '../../lib/extension/finding-lang';
import { yoyRows } from '../../lib/extension/yoy';
import { YoyPanel } from '../../components/library/YoyPanel';
import { libraryStrings, LIBRARY_PATH } from '../../components/library/strings';
import { useYearOverYear } from './use-year-over-year';
import { useLibrarySource } from './use-library-source';
import { LaunchBanner } from './LaunchBanner';


const FIT_MARGIN_PX = 32;
const MIN_SCALE = 0.5;
const MAX_FIT_SCALE = 2;
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
  const { phase, error, confirm, permission, notPdf, password, doc, sizes, report: checked, reports, recheckMs, langError, model, sha256, keptBytes, progress, firstFindingsMs } = usePdfDocument(source, attempt);
  useLibrarySource(setSource);
  const name = source ? (source.kind === 'url' ? documentName(source.url) : source.file.name) : '';
  const yoy = useYearOverYear({
    report: checked, model, bytes: keptBytes, sha256,
    source: source ? { url: source.kind === 'url' ? source.url : undefined, name } : null,
  });
  // The check report in the UI language, with the cross-year findings (C1–C3) added and counted.
  // Both languages were checked in the worker: switching the language only picks the other one.
  const report = useMemo(() => (reports ? reportFor(reports, yoy.findings, lang) : checked), [reports, checked, yoy.findings, lang]);
  const yoyRowCount = useMemo(() => (yoy.pairs[0] ? yoyRows(yoy.pairs[0].comparison.items).length : 0), [yoy.pairs]);
  const [tab, setTab] = useState<'findings' | 'yoy'>('findings');
  const [rowMark, setRowMark] = useState<{ page: number; bbox: BBox } | null>(null);
  const libraryHref = browser.runtime.getURL(LIBRARY_PATH as '/viewer.html');
  const [scale, setScale] = useState(1);
  const [visible, setVisible] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [showPasses, setShowPasses] = useState(false);
  const [hidden, setHidden] = useState<Set<Status>>(new Set());
  const [panelOpen, setPanelOpen] = useState(() => innerWidth >= OPEN_PANEL_MIN_WIDTH_PX);
  const [query, setQuery] = useState('');
  const pagesRef = useRef<HTMLDivElement>(null);
  const userZoomed = useRef(false);
  const [marking, setMarking] = useMarkingSetting();
  const docGlossary = useDocGlossary(doc, report?.document);
  const termHover = useTermHover(document);
  const [markMs, setMarkMs] = useState(0);
  const onMarked = useCallback((num: number, count: number, ms: number) => {
    console.info(`[dlens] glossary: page ${num}: ${count} marks in ${ms.toFixed(1)} ms`);
    setMarkMs((m) => Math.max(m, Math.round(ms * 10) / 10));
  }, []);

  useEffect(() => {
    document.title = name ? `${name} — Disclosure Lens` : 'Disclosure Lens';
  }, [name]);

  // Fit the page width to the room left beside the panel, until the user picks a zoom.
  const fitWidth = () => {
    const widest = Math.max(...sizes.map((s) => s.w), 1);
    const room = (pagesRef.current?.clientWidth ?? 900) - FIT_MARGIN_PX;
    setScale(Math.max(MIN_SCALE, Math.min(MAX_FIT_SCALE, room / widest)));
  };
  useEffect(() => {
    if (!userZoomed.current && sizes.length) fitWidth();
  }, [sizes, report, panelOpen, tab]);

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
    (page: number, bbox?: BBox) => {
      const root = pagesRef.current;
      const el = root?.querySelector<HTMLElement>(`.dl-page[data-page="${page}"]`);
      if (!root || !el) return;
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
    [scale],
  );

  const { matches, index: matchIndex, setIndex: setMatchIndex } = useFind(doc, query, (m) => scrollToBox(m.page, m.boxes[0]));

  // Open at #page=N once the pages exist.
  useEffect(() => {
    if (doc && target.page) requestAnimationFrame(() => scrollToBox(target.page!));
  }, [doc]);

  const findStep = (delta: 1 | -1) => {
    if (!matches.length) return;
    const i = (matchIndex + delta + matches.length) % matches.length;
    setMatchIndex(i);
    scrollToBox(matches[i].page, matches[i].boxes[0]);
  };

  const shown = useMemo(
    () => (report?.findings ?? []).filter((f) => !hidden.has(f.status) && (showPasses || f.status !== 'pass')),
    [report, hidden, showPasses],
  );
  const boxesByPage = useMemo(() => {
    const out = new Map<number, FindingBox[]>();
    const messages = new Map(shown.map((f) => [f.id, f]));
    for (const [page, boxes] of findingBoxesByPage(shown)) {
      out.set(
        page,
        boxes.map((b) => {
          const f = messages.get(b.finding)!;
          return {
            finding: b.finding,
            status: b.status,
            bbox: b.bbox,
            label: b.first ? `${STATUS_MARK[b.status]} ${t.status[b.status]}` : '',
            title: `${f.rule}: ${f.message}${f.formula ? `\n${f.formula}` : ''}`,
          };
        }),
      );
    }
    return out;
  }, [shown, lang]);

  const select = (f: Finding | string) => {
    const finding = typeof f === 'string' ? report?.findings.find((x) => x.id === f) : f;
    if (!finding) return;
    setSelected(finding.id);
    setPanelOpen(true);
    const at = firstAnchor(finding);
    if (at) scrollToBox(at.page, at.bbox);
    setFlash(finding.id);
    setTimeout(() => setFlash((cur) => (cur === finding.id ? null : cur)), FLASH_MS);
    if (typeof f === 'string') {
      requestAnimationFrame(() => document.querySelector(`.dl-finding[data-finding="${CSS.escape(f)}"]`)?.scrollIntoView({ block: 'nearest' }));
    }
  };

  // Keyboard: n / p step through the shown findings (outside text fields).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'n' && e.key !== 'p')) return;
      if ((e.target as HTMLElement)?.closest?.('input, textarea, select')) return;
      // Same order as the panel lists them.
      const order = groupFindings({ ...report!, findings: shown }, '').flatMap((g) => g.findings);
      if (!order.length) return;
      const i = order.findIndex((f) => f.id === selected);
      const next = e.key === 'n' ? (i + 1) % order.length : (i <= 0 ? order.length : i) - 1;
      select(order[next].id);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
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
  const yoyCounts: Record<string, number> = {};
  for (const f of yoy.findings.zh) yoyCounts[`${f.rule}:${f.status}`] = (yoyCounts[`${f.rule}:${f.status}`] ?? 0) + 1;
  const lt = libraryStrings(lang);

  const counts = Object.fromEntries(
    STATUSES.map((s) => [`data-count-${s}`, report && phase === 'done' ? String(report.summary[s] ?? 0) : undefined]),
  );

  return (
    <div
      id="dlens-viewer"
      class="dl-root dl-viewer"
      data-state={phase}
      data-lang={lang}
      data-ms-recheck={recheckMs ?? undefined}
      data-lang-error={langError ?? undefined}
      data-ms-first-findings={firstFindingsMs ?? undefined}
      data-ms-yoy={yoy.state === 'done' ? yoy.doneMs ?? undefined : undefined}
      data-ms-glossary-index={docGlossary.indexMs == null ? undefined : docGlossary.indexMs.toFixed(1)}
      data-ms-glossary-page-max={markMs || undefined}
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
        title={name}
        scale={scale}
        onZoom={(z) => {
          userZoomed.current = z !== 'fit';
          if (z === 'fit') fitWidth();
          else setScale(z);
        }}
        onFile={(f) => setSource({ kind: 'file', file: f })}
        query={query}
        onQuery={setQuery}
        matchCount={matches.length}
        matchIndex={matchIndex}
        onFindStep={findStep}
        onLang={toggleLang}
        libraryHref={libraryHref}
      />
      {phase === 'loading' && <Progress label={doc ? t.analyzing : t.loading} progress={progress} lang={lang} />}
      <div class="dl-body">
        <main class="dl-pages" ref={pagesRef} aria-busy={phase === 'loading'}>
          {notPdf ? (
            <div class="dl-banner dl-banner-warn" role="alert" data-banner="not-pdf">
              {t.notPdf}{' '}
              <a href={`${notPdf}${notPdf.includes('?') ? '&' : '?'}${SKIP_MARKER}`}>{t.openOriginal}</a>
            </div>
          ) : (
            <Banners lang={lang} report={report} error={error} />
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
                visible={visible.has(i + 1)}
                boxes={boxesByPage.get(i + 1) ?? []}
                findBoxes={matches.filter((m) => m.page === i + 1).flatMap((m) => m.boxes)}
                activeFind={matches[matchIndex]?.page === i + 1 ? matches[matchIndex].boxes : null}
                flash={flash}
                onBoxClick={select}
                marking={marking}
                onMarked={onMarked}
                mark={rowMark?.page === i + 1 ? rowMark.bbox : null}
              />
            ))}
        </main>
        {report && !report.error && (
          <aside class={`dl-aside${panelOpen ? '' : ' dl-collapsed'}${tab === 'yoy' ? ' dl-wide' : ''}`}>
            <button type="button" class="dl-collapse" aria-expanded={panelOpen} onClick={() => setPanelOpen(!panelOpen)}>
              {panelOpen ? t.closePanel : t.openPanel}
            </button>
            {panelOpen && (
              <GlossaryPanel
                glossary={sharedGlossary()}
                ctx={docGlossary.ctx}
                lang={lang}
                marking={marking}
                onMarking={setMarking}
                onPage={(n) => scrollToBox(n)}
              />
            )}
            {panelOpen && (
              <div class="dl-tabs" role="tablist">
                <button type="button" role="tab" class="dl-tab" aria-selected={tab === 'findings'} onClick={() => setTab('findings')}>
                  {t.findings}
                </button>
                <button
                  type="button"
                  role="tab"
                  class="dl-tab dl-tab-yoy"
                  aria-selected={tab === 'yoy'}
                  onClick={() => setTab('yoy')}
                  data-yoy-state={yoy.state}
                  data-yoy-rows={yoyRowCount}
                  data-yoy-findings={yoy.findings.zh.length}
                  data-yoy-counts={JSON.stringify(yoyCounts)}
                >
                  {lt.yoy}
                  {yoy.state === 'done' ? ` (${yoyRowCount})` : ''}
                </button>
              </div>
            )}
            {panelOpen && tab === 'yoy' && (
              <YoyPanel
                lang={lang}
                state={yoy.state}
                entry={yoy.entry}
                pairs={yoy.pairs}
                candidates={yoy.candidates}
                error={yoy.error}
                libraryHref={libraryHref}
                onChoose={yoy.choosePrior}
                onRow={showRow}
              />
            )}
            {panelOpen && tab === 'findings' && (
              <FindingsPanel
                report={report}
                lang={lang}
                selected={selected}
                onSelect={select}
                showPasses={showPasses}
                onShowPasses={setShowPasses}
                hidden={hidden}
                onToggleStatus={(s) =>
                  setHidden((h) => {
                    const n = new Set(h);
                    if (n.has(s)) n.delete(s);
                    else n.add(s);
                    return n;
                  })
                }
                onExport={onExport}
              />
            )}
          </aside>
        )}
      </div>
      <TermPopover
        glossary={sharedGlossary()}
        hovered={termHover.hovered}
        ctx={docGlossary.ctx}
        lang={lang}
        onPage={(n) => {
          termHover.close();
          scrollToBox(n);
        }}
        onEnter={termHover.keep}
        onLeave={termHover.leave}
      />
    </div>
  );
}
