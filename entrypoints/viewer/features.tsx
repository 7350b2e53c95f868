// The viewer's features, registered by id. App.tsx renders each slot's features under their own
// error boundary (components/features), so a failing feature is named in the log and the rest of
// the viewer keeps working. A new feature is a component plus one entry here.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { CheckReport } from '../../lib/report';
import type { Finding, Lang } from '../../lib/rules';
import type { BBox } from '../../lib/model';
import type { FindOptions } from '../../lib/extension';
import type { CardContext } from '../../lib/extension/glossary-marks';
import { registry, type Feature } from '../../components/features/registry';
import type { FindingsPanelState } from '../../components/use-findings-panel';
import { FindingsPanel } from '../../components/FindingsPanel';
import { strings } from '../../components/i18n';
import { GlossaryPanel } from '../../components/glossary/GlossaryPanel';
import { TermPopover } from '../../components/glossary/TermPopover';
import { sharedGlossary } from '../../components/glossary/shared';
import type { useTermHover } from '../../components/glossary/use-term-hover';
import { YoyPanel } from '../../components/library/YoyPanel';
import { libraryStrings } from '../../components/library/strings';
import type { Review } from '../../components/review/use-review';
import { MarksSummary } from '../../components/review/MarksSummary';
import { ReviewExports, type ReviewExport } from '../../components/review/ReviewExports';
import { FindingReview } from '../../components/review/FindingReview';
import { reviewStrings } from '../../components/review/strings';
import { FindBar } from './FindBar';
import { OriginalActions } from './OriginalActions';
import { Sidebar } from './Sidebar';
import type { YearOverYear } from './use-year-over-year';

export interface ViewerCtx {
  lang: Lang;
  doc: PDFDocumentProxy | null;
  sizes: { w: number; h: number }[];
  report: CheckReport | null;
  name: string;
  url: string | null;
  original: Uint8Array | null;
  currentPage: number;
  goPage: (n: number) => void;
  select: (f: Finding | string) => void;
  panel: FindingsPanelState;
  linkFor: ((f: Finding) => string) | undefined;
  onExport: (format: 'md' | 'csv' | 'json') => void;
  find: {
    query: string;
    setQuery: (q: string) => void;
    options: FindOptions;
    setOptions: (o: FindOptions) => void;
    count: number;
    index: number;
    step: (d: 1 | -1) => void;
  };
  glossary: { ctx: CardContext; marking: boolean; setMarking: (on: boolean) => void; hover: ReturnType<typeof useTermHover> };
  yoy: YearOverYear & { rowCount: number; counts: Record<string, number> };
  libraryHref: string;
  showRow: (page: number, bbox?: BBox) => void;
  /** The reader's marks, own checks and picks; the reviewer's exports. */
  review: Review & { exporting: string | null; exportError: string | null; onExport: (what: ReviewExport) => void };
}

export interface ViewerFeature extends Feature<ViewerCtx> {
  /** For the panel's tabs: the tab's label and data attributes. */
  tab?: (ctx: ViewerCtx) => { label: string; attrs?: Record<string, string | number> };
}

export const VIEWER_FEATURES: readonly ViewerFeature[] = registry<ViewerFeature>([
  {
    id: 'find',
    slot: 'toolbar',
    render: (c) => (
      <FindBar
        lang={c.lang}
        query={c.find.query}
        onQuery={c.find.setQuery}
        options={c.find.options}
        onOptions={c.find.setOptions}
        matchCount={c.find.count}
        matchIndex={c.find.index}
        onStep={c.find.step}
      />
    ),
  },
  { id: 'original', slot: 'toolbar', render: (c) => <OriginalActions lang={c.lang} bytes={c.original} name={c.name} url={c.url} /> },
  {
    id: 'pages-sidebar',
    slot: 'sidebar',
    render: (c) => c.doc && <Sidebar lang={c.lang} doc={c.doc} sizes={c.sizes} current={c.currentPage} onPage={c.goPage} />,
  },
  {
    id: 'glossary',
    slot: 'panel-top',
    render: (c) => (
      <GlossaryPanel
        glossary={sharedGlossary()}
        ctx={c.glossary.ctx}
        lang={c.lang}
        marking={c.glossary.marking}
        onMarking={c.glossary.setMarking}
        onPage={c.goPage}
      />
    ),
  },
  {
    id: 'findings',
    slot: 'tab',
    tab: (c) => ({ label: strings(c.lang).findings }),
    render: (c) =>
      c.report && (
        <FindingsPanel
          report={c.report}
          lang={c.lang}
          shown={c.panel.shown}
          selected={c.panel.selected}
          onSelect={c.select}
          showPasses={c.panel.showPasses}
          onShowPasses={c.panel.setShowPasses}
          hidden={c.panel.hidden}
          onToggleStatus={c.panel.toggleStatus}
          onExport={c.onExport}
          currentPage={c.currentPage}
          onlyPage={c.panel.onlyPage}
          onOnlyPage={c.panel.setOnlyPage}
          linkFor={c.linkFor}
          extra={
            <>
              <MarksSummary lang={c.lang} counts={c.review.counts} orphans={c.review.orphans} onDropOrphan={c.review.dropOrphan} />
              {(c.review.exportError || c.review.error) && (
                <p class="dl-review-error" role="alert">
                  {reviewStrings(c.lang).exportFailed(c.review.exportError ?? c.review.error ?? '')}
                </p>
              )}
            </>
          }
          moreExports={<ReviewExports lang={c.lang} busy={c.review.exporting} onExport={c.review.onExport} />}
          detail={(f) => (
            <FindingReview
              lang={c.lang}
              finding={f}
              own={c.review.isOwnCheck(f.id)}
              ready={c.review.state === 'done'}
              onMark={c.review.setMark}
              onPicks={c.review.togglePicks}
              onDropCheck={c.review.dropCheck}
            />
          )}
        />
      ),
  },
  {
    id: 'tick-tie',
    slot: 'tab',
    tab: (c) => ({
      label: `${reviewStrings(c.lang).tickTie}${c.review.picks.parts.length ? ` (${c.review.picks.parts.length})` : ''}`,
      attrs: { class: 'dl-tab-ticktie', 'data-picks': c.review.picks.parts.length },
    }),
    render: (c) => (
      <>
        <p class="dl-ticktie-hint">{reviewStrings(c.lang).tickTieHint}</p>
        {c.review.engine && (
          <c.review.engine.TickTie
            lang={c.lang}
            parts={c.review.picks.parts}
            total={c.review.picks.total}
            onRemove={c.review.removePick}
            onMakeTotal={c.review.makeTotal}
            onClear={c.review.clearPicks}
            onKeep={c.review.keep}
            id={c.review.nextId}
          />
        )}
      </>
    ),
  },
  {
    id: 'year-over-year',
    slot: 'tab',
    tab: (c) => ({
      label: `${libraryStrings(c.lang).yoy}${c.yoy.state === 'done' ? ` (${c.yoy.rowCount})` : ''}`,
      attrs: {
        class: 'dl-tab-yoy',
        'data-yoy-state': c.yoy.state,
        'data-yoy-rows': c.yoy.rowCount,
        'data-yoy-findings': c.yoy.findings.zh.length,
        'data-yoy-counts': JSON.stringify(c.yoy.counts),
      },
    }),
    render: (c) => (
      <YoyPanel
        lang={c.lang}
        state={c.yoy.state}
        entry={c.yoy.entry}
        pairs={c.yoy.pairs}
        candidates={c.yoy.candidates}
        error={c.yoy.error}
        libraryHref={c.libraryHref}
        onChoose={c.yoy.choosePrior}
        onRow={c.showRow}
      />
    ),
  },
  {
    id: 'term-popover',
    slot: 'floating',
    render: (c) => (
      <TermPopover
        glossary={sharedGlossary()}
        hovered={c.glossary.hover.hovered}
        ctx={c.glossary.ctx}
        lang={c.lang}
        onPage={(n) => {
          c.glossary.hover.close();
          c.goPage(n);
        }}
        onEnter={c.glossary.hover.keep}
        onLeave={c.glossary.hover.leave}
      />
    ),
  },
]);
