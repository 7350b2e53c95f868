// The page overlay: boxes over the numbers each finding used (drawn from DOM Ranges on the live
// page) and the shared findings panel, fixed at the right edge, collapsible.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckReport } from '../../lib/report';
import type { Finding, Lang, Status } from '../../lib/rules';
import { assertSameCounts } from '../../lib/extension/finding-lang';
import { FindingsPanel } from '../../components/FindingsPanel';
import { useFindingsPanel } from '../../components/use-findings-panel';
import { Banners } from '../../components/Banners';
import { STATUS_MARK, strings } from '../../components/i18n';
import { useLang } from '../../components/use-lang';
import { download, EXPORT_MIME } from '../../components/download';
import { formatForExport, htmlApi } from '../../components/report-load';
import { rangeForOffsets } from './text-range';
import { useDock } from './use-dock';
import { GlossaryPanel } from '../../components/glossary/GlossaryPanel';
import { TermPopover } from '../../components/glossary/TermPopover';
import { sharedGlossary } from '../../components/glossary/shared';
import { useMarkingSetting } from '../../components/glossary/use-marking-setting';
import { useTermHover } from '../../components/glossary/use-term-hover';
import { markPage, unmarkPage } from '../../components/glossary/page-marks';
import { documentDefinitions, type CardContext } from '../../lib/extension/glossary-marks';
import type { DisclosureDocument } from '../../lib/model';
import type { FindingValue } from '../../lib/findings';
import type { LibraryMeta, PageCheckedReply } from '../../lib/extension/library';
import { OPEN_LIBRARY, OPEN_PRIOR } from '../../lib/extension/page-yoy';
import { yoyRows } from '../../lib/extension/yoy';
import { withFindings } from '../../lib/compare';
import { YoyPanel } from '../../components/library/YoyPanel';
import { libraryStrings } from '../../components/library/strings';
import { usePageYoy } from './use-page-yoy';
import { usePageMarks } from './use-page-marks';
import { MarkControls } from '../../components/review/MarkControls';
import { MarksSummary } from '../../components/review/MarksSummary';
import { browser } from 'wxt/browser';
import { labelPriority, placeLabels, type LabelRequest, type Placement } from '../../components/label-place';
import { LABEL_H, labelWidth } from '../../components/label-measure';
import { pageBounds, textRectsAround } from './text-rects';

const FLASH_MS = 2200;
/** .dl-box's border (panel.css): a label is placed from the box's padding edge. */
const BOX_BORDER_PX = 2;
/** Below this window width the panel starts collapsed, so it does not hide half the page. */
const OPEN_PANEL_MIN_WIDTH_PX = 1100;

interface Box {
  finding: string;
  status: Status;
  left: number;
  top: number;
  width: number;
  height: number;
  label: string;
  title: string;
  /** Where its label went (layer coordinates), or a corner marker when no spot was free. */
  at: Placement;
}

interface Anchor {
  node?: string;
  start?: number;
  end?: number;
}

function elementFor(path: string): Element | null {
  try {
    return htmlApi?.resolveNodePath(document, path) ?? null;
  } catch {
    return null;
  }
}

function rangeFor(a: Anchor): Range | null {
  const el = a.node ? elementFor(a.node) : null;
  if (!el) return null;
  if (a.start != null && a.end != null) return rangeForOffsets(el, a.start, a.end);
  const r = document.createRange();
  r.selectNodeContents(el);
  return r;
}

interface Worded {
  report: CheckReport;
  /** How long the rule step took for this language (null: checked on load). */
  ms: number | null;
  /** Why this language's findings could not be used (they or their counts differed). */
  error: string | null;
}

/** The page's report worded in `lang`: the one checked on load (Chinese) or, for the other
 *  language, the rule step run again on the model, once (then kept). */
function useReportIn(checked: CheckReport, recheck: ((lang: Lang) => CheckReport) | null, lang: Lang): Worded {
  const cache = useRef<Partial<Record<Lang, Worded>>>({});
  return useMemo(() => {
    if (checked.error || !recheck || lang === 'zh') return { report: checked, ms: cache.current.en?.ms ?? null, error: null };
    let hit = cache.current[lang];
    if (!hit) {
      const t0 = performance.now();
      let report = checked;
      let error: string | null = null;
      try {
        report = recheck(lang);
        assertSameCounts(checked, report);
      } catch (err) {
        error = String((err as Error)?.message ?? err);
        console.error(`[dlens] findings in ${lang}: ${error}`);
        report = checked; // the Chinese findings, whose counts are the CLI's
      }
      const ms = Math.round((performance.now() - t0) * 10) / 10;
      console.info(`[dlens] findings in ${lang}: rule step again in ${ms} ms`);
      hit = cache.current[lang] = { report, ms, error };
    }
    return hit;
  }, [checked, lang]);
}

export interface OverlayProps {
  report: CheckReport;
  recheck: ((lang: Lang) => CheckReport) | null;
  /** The page's model (null: not read) and the library's answer once the page is stored. */
  model?: DisclosureDocument | null;
  stored?: Promise<PageCheckedReply | null> | null;
}

export function Overlay({ report: checked, recheck, model = null, stored = null }: OverlayProps) {
  const [lang, toggleLang] = useLang();
  const t = strings(lang);
  const { report: own, ms: recheckMs, error: langError } = useReportIn(checked, recheck, lang);
  // The page's findings with the cross-year ones (C1–C3) added and counted, as `check --prior` does.
  const yoy = usePageYoy(stored, model);
  const withYoy = useMemo(() => (yoy.findings[lang].length ? withFindings(own, yoy.findings[lang]) : own), [own, yoy.findings, lang]);
  // The reader's marks, attached by finding key (they go into every export with the findings).
  const marks = usePageMarks(withYoy, stored);
  const report = marks.report;
  const [tab, setTab] = useState<'findings' | 'year-over-year'>('findings');
  const yoyRowCount = useMemo(() => (yoy.pairs[0] ? yoyRows(yoy.pairs[0].comparison.items).length : 0), [yoy.pairs]);
  const [open, setOpen] = useState(() => innerWidth >= OPEN_PANEL_MIN_WIDTH_PX);
  useDock(open, report.error?.kind !== 'too-large');
  const { selected, setSelected, showPasses, setShowPasses, hidden, toggleStatus, shown } = useFindingsPanel(report);
  const [flash, setFlash] = useState<string | null>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [layoutTick, setLayoutTick] = useState(0);
  const layerRef = useRef<HTMLDivElement>(null);
  const [marking, setMarking] = useMarkingSetting();
  const [termCounts, setTermCounts] = useState<Map<string, number>>(new Map());
  const [markMs, setMarkMs] = useState<number | null>(null);
  const termHover = useTermHover(document);
  // A page too large to check is not read again for the glossary either (innerText lays it out).
  const tooLarge = checked.error?.kind === 'too-large';
  const glossaryCtx = useMemo<CardContext>(() => {
    const { year, level, department } = checked.document;
    if (tooLarge) return { year };
    return { year, own: documentDefinitions(sharedGlossary(), document.body.innerText, { year, level, department }) };
  }, [checked]);

  // Glossary marks in the page's paragraphs (after the analysis, which read the page as published).
  useEffect(() => {
    if (!marking || tooLarge) {
      unmarkPage(document);
      setTermCounts(new Map());
      return;
    }
    const t0 = performance.now();
    const counts = markPage(document, sharedGlossary());
    const ms = performance.now() - t0;
    console.info(`[dlens] glossary: ${[...counts.values()].reduce((a, b) => a + b, 0)} marks on this page in ${ms.toFixed(1)} ms`);
    setTermCounts(counts);
    setMarkMs(Math.round(ms * 10) / 10);
  }, [marking]);

  useEffect(() => {
    const bump = () => setLayoutTick((n) => n + 1);
    addEventListener('resize', bump);
    const ro = new ResizeObserver(bump);
    ro.observe(document.body);
    return () => {
      removeEventListener('resize', bump);
      ro.disconnect();
    };
  }, []);

  // Boxes in the layer's coordinates: client rects of each number's Range minus the layer's origin.
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const origin = layer.getBoundingClientRect();
    const out: Omit<Box, 'at'>[] = [];
    const requests: LabelRequest[] = [];
    const elements = new Set<Element>();
    for (const f of shown) {
      const anchors: Anchor[] = f.values.some((v) => v.node) ? f.values : f.evidence;
      let first = true;
      for (const a of anchors) {
        const range = rangeFor(a);
        if (!range) continue;
        const el = range.commonAncestorContainer;
        elements.add(el instanceof Element ? el : el.parentElement!);
        for (const r of range.getClientRects()) {
          if (!r.width || !r.height) continue;
          const label = first ? `${STATUS_MARK[f.status]} ${t.status[f.status]}` : STATUS_MARK[f.status];
          const box = { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
          out.push({
            finding: f.id,
            status: f.status,
            ...box,
            label,
            title: `${f.rule}: ${f.message}${f.formula ? `\n${f.formula}` : ''}`,
          });
          requests.push({
            box: [box.left, box.top, box.left + box.width, box.top + box.height],
            w: labelWidth(label),
            h: LABEL_H,
            priority: labelPriority(f.status, first),
          });
          first = false;
        }
      }
    }
    const at = placeLabels(requests, textRectsAround(elements, origin), pageBounds(origin));
    setBoxes(out.map((b, i) => ({ ...b, at: at[i] })));
  }, [shown, layoutTick, lang]);

  const select = (f: Finding) => {
    setSelected(f.id);
    setOpen(true);
    const a = (f.values.find((v) => v.node) ?? f.evidence.find((e) => e.node)) as Anchor | undefined;
    const el = a?.node ? elementFor(a.node) : null;
    el?.scrollIntoView({ block: 'center' });
    setFlash(f.id);
    setTimeout(() => setFlash((cur) => (cur === f.id ? null : cur)), FLASH_MS);
  };

  const showValue = (v: FindingValue) => {
    const el = v.node ? elementFor(v.node) : null;
    el?.scrollIntoView({ block: 'center' });
    if (el instanceof HTMLElement) {
      el.style.outline = '3px solid #e0a000';
      setTimeout(() => (el.style.outline = ''), FLASH_MS);
    }
  };
  const yoyCounts: Record<string, number> = {};
  for (const f of yoy.findings.zh) yoyCounts[`${f.rule}:${f.status}`] = (yoyCounts[`${f.rule}:${f.status}`] ?? 0) + 1;
  const ls = libraryStrings(lang);

  const onExport = (format: 'md' | 'csv' | 'json') => {
    const base = (document.title || 'report').replace(/[\\/:*?"<>|]+/g, '_').slice(0, 80);
    const root = layerRef.current?.getRootNode();
    download(
      `${base}.dlens.${format}`,
      formatForExport(report, format, lang),
      EXPORT_MIME[format],
      root instanceof ShadowRoot ? root : document.body,
    );
  };

  const px = (n: number) => `${n}px`;
  const alarms = report.summary.fail + report.summary.warn;
  return (
    <div
      class="dl-root dl-overlay"
      data-lang={lang}
      data-ms-recheck={recheckMs ?? undefined}
      data-lang-error={langError ?? undefined}
      data-ms-glossary={markMs ?? undefined}
      data-marks={marks.ready ? marks.counts.total : undefined}
      data-marks-error={marks.error ?? undefined}
    >
      <div class="dl-hl-layer" ref={layerRef} aria-hidden="true">
        {boxes.map((b, i) => (
          <div
            key={i}
            class={`dl-box dl-s-${b.status}${flash === b.finding ? ' dl-flash' : ''}`}
            data-finding={b.finding}
            style={{ left: px(b.left), top: px(b.top), width: px(b.width), height: px(b.height) }}
          >
            <span
              class={b.at.kind === 'label' ? 'dl-box-label' : 'dl-box-marker'}
              title={b.title}
              style={{
                left: px(b.at.rect[0] - b.left - BOX_BORDER_PX),
                top: px(b.at.rect[1] - b.top - BOX_BORDER_PX),
                width: px(b.at.rect[2] - b.at.rect[0]),
              }}
              onClick={() => {
                const f = report.findings.find((x) => x.id === b.finding);
                if (f) select(f);
              }}
            >
              {b.at.kind === 'label' ? b.label : null}
            </span>
          </div>
        ))}
      </div>
      {open ? (
        <aside class="dl-side" aria-label={t.appName}>
          <div class="dl-side-head">
            <strong>{t.appName}</strong>
            <span>
              <button type="button" class="dl-link" onClick={toggleLang}>
                {t.language}
              </button>
              <button type="button" class="dl-link" aria-expanded="true" onClick={() => setOpen(false)}>
                {t.closePanel}
              </button>
            </span>
          </div>
          <Banners lang={lang} report={report} error={null} page />
          <GlossaryPanel
            glossary={sharedGlossary()}
            ctx={glossaryCtx}
            lang={lang}
            marking={marking}
            onMarking={setMarking}
            counts={termCounts}
          />
          {!report.error && model && (
            <div class="dl-tabs" role="tablist">
              <button
                type="button"
                role="tab"
                class="dl-tab"
                data-tab="findings"
                aria-selected={tab === 'findings'}
                onClick={() => setTab('findings')}
              >
                {t.findings}
              </button>
              <button
                type="button"
                role="tab"
                class="dl-tab dl-tab-yoy"
                data-tab="year-over-year"
                aria-selected={tab === 'year-over-year'}
                data-yoy-state={yoy.state}
                data-yoy-rows={yoyRowCount}
                data-yoy-findings={yoy.findings.zh.length}
                data-yoy-counts={JSON.stringify(yoyCounts)}
                onClick={() => setTab('year-over-year')}
              >
                {`${ls.yoy}${yoy.state === 'done' ? ` (${yoyRowCount})` : ''}`}
              </button>
            </div>
          )}
          {!report.error && tab === 'year-over-year' && (
            <YoyPanel
              lang={lang}
              state={yoy.state}
              entry={yoy.entry}
              pairs={yoy.pairs}
              candidates={[]}
              error={yoy.error}
              libraryHref=""
              onRow={(_page, _bbox, value) => value && showValue(value)}
              onPriorPage={(prior: LibraryMeta, page: number) =>
                void browser.runtime.sendMessage({ type: OPEN_PRIOR, key: prior.key, page })
              }
              onLibrary={() => void browser.runtime.sendMessage({ type: OPEN_LIBRARY })}
            />
          )}
          {!report.error && tab === 'findings' && (
            <MarksSummary lang={lang} counts={marks.counts} orphans={marks.orphans} onDropOrphan={marks.dropOrphan} />
          )}
          {!report.error && tab === 'findings' && (
            <FindingsPanel
              report={report}
              lang={lang}
              shown={shown}
              selected={selected}
              onSelect={select}
              showPasses={showPasses}
              onShowPasses={setShowPasses}
              hidden={hidden}
              onToggleStatus={toggleStatus}
              onExport={onExport}
              detail={(f) => marks.ready && <MarkControls lang={lang} mark={f.mark} onChange={(m) => marks.setMark(f, m)} />}
            />
          )}
        </aside>
      ) : (
        <button type="button" class="dl-fab dl-slim" aria-expanded="false" title={t.openPanel} onClick={() => setOpen(true)}>
          <span class="dl-slim-label">{t.openPanel}</span>
          {alarms ? (
            <span class="dl-slim-counts">{`${STATUS_MARK.fail}${report.summary.fail} ${STATUS_MARK.warn}${report.summary.warn}`}</span>
          ) : null}
        </button>
      )}
      <TermPopover
        glossary={sharedGlossary()}
        hovered={termHover.hovered}
        ctx={glossaryCtx}
        lang={lang}
        counts={termCounts}
        onEnter={termHover.keep}
        onLeave={termHover.leave}
      />
    </div>
  );
}
