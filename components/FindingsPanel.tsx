// The side panel shared by the PDF viewer and the page overlay: counts per status (which are also
// the filters), findings grouped by table or section, each with formula, numbers, tolerance.
import { useMemo } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CheckReport } from '../lib/report';
import { STATUSES, type Finding, type Lang, type Status } from '../lib/rules';
import { STATUS_MARK, strings } from './i18n';
import { groupFindings } from '../lib/report/group';
import { MARK_WORD } from '../lib/report/i18n';
import { CoverageNote } from './CoverageNote';
import { panelStrings } from './panel-strings';

export interface PanelProps {
  report: CheckReport;
  lang: Lang;
  /** The report's findings that pass the filters below (useFindingsPanel's `shown`). */
  shown: Finding[];
  selected: string | null;
  onSelect: (f: Finding) => void;
  showPasses: boolean;
  onShowPasses: (v: boolean) => void;
  hidden: Set<Status>;
  onToggleStatus: (s: Status) => void;
  onExport: (format: 'md' | 'csv' | 'json') => void;
  /** The page in view, for the "this page" filter (absent: no such filter, as on a web page). */
  currentPage?: number;
  onlyPage?: number | null;
  onOnlyPage?: (page: number | null) => void;
  /** A URL that reopens the document at this finding (absent: no link). */
  linkFor?: (f: Finding) => string;
  /** Shown under the counts (the viewer's mark counts and orphaned marks). */
  extra?: ComponentChildren;
  /** More export buttons after md / csv / json (the viewer's marks file, annotated PDF, memo). */
  moreExports?: ComponentChildren;
  /** More of a selected finding's detail (the viewer's mark controls). */
  detail?: (f: Finding) => ComponentChildren;
}

export function FindingsPanel(p: PanelProps) {
  const t = strings(p.lang);
  const pt = panelStrings(p.lang);
  const groups = useMemo(() => {
    // A table's title is the text of its findings' first evidence (the printed table title).
    const titles: Record<string, string> = {};
    for (const f of p.shown) if (f.table && !titles[f.table] && f.evidence[0]?.text) titles[f.table] = f.evidence[0].text;
    return groupFindings({ ...p.report, findings: p.shown }, t.textSection, titles);
  }, [p.shown, t.textSection]);
  return (
    <section class="dl-panel" aria-label={t.findings}>
      <div class="dl-counts" role="group" aria-label={t.findings}>
        {STATUSES.map((s) => (
          <button
            type="button"
            key={s}
            class={`dl-count dl-s-${s}`}
            aria-pressed={!p.hidden.has(s) && (s !== 'pass' || p.showPasses)}
            onClick={() => (s === 'pass' ? p.onShowPasses(!p.showPasses) : p.onToggleStatus(s))}
          >
            <span class="dl-mark" aria-hidden="true">
              {STATUS_MARK[s]}
            </span>{' '}
            {t.status[s]} <strong>{p.report.summary[s] ?? 0}</strong>
          </button>
        ))}
      </div>
      {p.extra}
      <CoverageNote report={p.report} lang={p.lang} />
      <div class="dl-tools">
        <label>
          <input
            type="checkbox"
            class="dl-show-passes"
            checked={p.showPasses}
            onChange={(e) => p.onShowPasses((e.target as HTMLInputElement).checked)}
          />{' '}
          {t.showPasses}
        </label>
        {p.onOnlyPage && p.currentPage != null && (
          <label class="dl-this-page">
            <input
              type="checkbox"
              checked={p.onlyPage != null}
              onChange={(e) => p.onOnlyPage!((e.target as HTMLInputElement).checked ? p.currentPage! : null)}
            />{' '}
            {pt.thisPage(p.onlyPage ?? p.currentPage)}
          </label>
        )}
        <span class="dl-export">
          {t.export}:{' '}
          {(['md', 'csv', 'json'] as const).map((f) => (
            <button type="button" key={f} class="dl-link" onClick={() => p.onExport(f)}>
              {t.exportFormats[f]}
            </button>
          ))}
          {p.moreExports}
        </span>
      </div>
      {groups.length === 0 && (
        <p class="dl-empty" data-empty={p.report.findings.length ? 'filtered' : 'none'}>
          {p.report.findings.length ? t.noFindings : pt.noFindingsAtAll}
        </p>
      )}
      {groups.map((g) => (
        <section class="dl-group" key={g.key}>
          <h3 class="dl-group-title" title={g.title}>
            {g.title}
          </h3>
          <ul class="dl-list">
            {g.findings.map((f) => (
              <FindingItem
                key={f.id}
                f={f}
                lang={p.lang}
                selected={p.selected === f.id}
                onSelect={p.onSelect}
                link={p.linkFor?.(f)}
                detail={p.detail}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function FindingItem({
  f,
  lang,
  selected,
  onSelect,
  link,
  detail,
}: {
  f: Finding;
  lang: Lang;
  selected: boolean;
  onSelect: (f: Finding) => void;
  link?: string;
  detail?: (f: Finding) => ComponentChildren;
}) {
  const t = strings(lang);
  const pt = panelStrings(lang);
  return (
    <li class={`dl-finding dl-s-${f.status}${selected ? ' dl-selected' : ''}`} data-finding={f.id}>
      <button type="button" class="dl-finding-head" aria-expanded={selected} onClick={() => onSelect(f)}>
        <span class={`dl-tag dl-s-${f.status}`}>
          {STATUS_MARK[f.status]} {t.status[f.status]}
        </span>
        <span class="dl-rule">{f.rule}</span>
        <span class="dl-msg">{f.message}</span>
        {f.mark && (
          <span class={`dl-mark-tag dl-mark-${f.mark.kind}`} data-mark={f.mark.kind}>
            {MARK_WORD[f.mark.kind][lang]}
          </span>
        )}
      </button>
      {selected && (
        <div class="dl-detail">
          {detail?.(f)}
          {f.formula && (
            <p>
              <b>{t.formula}:</b> <code>{f.formula}</code>
            </p>
          )}
          <ul class="dl-values">
            {f.values.map((v, i) => (
              <li key={i}>
                {v.label && <span>{v.label}: </span>}
                <b>{v.text}</b>
                {v.unit && !v.text.endsWith(v.unit) ? ` ${v.unit}` : ''} <span class="dl-page">({t.page(v.page)})</span>
              </li>
            ))}
          </ul>
          {f.expected != null && (
            <p>
              <b>{t.expected}:</b> {f.expected} · <b>{t.actual}:</b> {f.actual ?? '—'}
              {f.difference != null && (
                <>
                  {' '}
                  · <b>{t.difference}:</b> {f.difference}
                </>
              )}
            </p>
          )}
          {f.tolerance && (
            <p>
              <b>{t.tolerance}:</b> {f.tolerance}
            </p>
          )}
          {link && (
            <p>
              <a
                class="dl-finding-link"
                href={link}
                title={pt.copyLink}
                onClick={(e) => {
                  e.preventDefault();
                  void navigator.clipboard.writeText(link).catch(() => {});
                  (e.currentTarget as HTMLElement).textContent = pt.linkCopied;
                }}
              >
                {pt.copyLink}
              </a>
            </p>
          )}
        </div>
      )}
    </li>
  );
}
