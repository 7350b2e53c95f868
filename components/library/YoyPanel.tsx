// The viewer's "year over year" tab: which document this one is compared with (and a manual
// choice from the library), the aligned line items with their changes, each row linking to its
// page in this document and to its page in the prior one. Flags are words, not colour alone.
// Used by the viewer and by the page overlay (which opens the prior and the library through the
// background, as a web page's frame cannot open extension pages itself).
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/rules';
import type { BBox } from '../../lib/model';
import type { FindingValue } from '../../lib/findings';
import { foreignPrior, originOf, type LibraryMeta, type Pairing } from '../../lib/extension/library';
import { yoyRows } from '../../lib/extension/yoy';
import { entryPageHref } from '../../lib/extension/library-list';
import { VIEWER_PATH } from '../../lib/extension/viewer-url';
import { storedLaunchKey } from '../launch-key';
import type { Comparison } from '../../lib/compare';
import { kindName, libraryStrings } from './strings';

export interface YoyPanelProps {
  lang: Lang;
  state: 'idle' | 'working' | 'done' | 'none' | 'error';
  entry: LibraryMeta | null;
  pairs: { pairing: Pairing; comparison: Comparison }[];
  candidates: LibraryMeta[];
  error: string | null;
  libraryHref: string;
  /** Without it there is no manual choice here (the library page offers it). */
  onChoose?: (key: string | undefined) => void;
  /** Shows a row's number in this document (`value`: where it is, also as an element path on a page). */
  onRow: (page: number, bbox?: BBox, value?: FindingValue) => void;
  /** Opens a page of the prior; without it, the row links to it (viewer pages). */
  onPriorPage?: (prior: LibraryMeta, page: number) => void;
  /** Opens the library; without it, `libraryHref` is a link. */
  onLibrary?: () => void;
}

/** Links to the prior's pages from an extension page: the viewer's address with this session's key. */
function usePriorHref(enabled: boolean): (prior: LibraryMeta, page: number) => string | null {
  const [key, setKey] = useState<string | undefined>();
  useEffect(() => {
    if (enabled) void storedLaunchKey().then((k) => setKey(k ?? undefined));
  }, [enabled]);
  return (prior, page) => (enabled ? entryPageHref(browser.runtime.getURL(VIEWER_PATH as '/viewer.html'), prior, page, key) : null);
}

const signed = (s: string | null) => (s === null ? '—' : Number(s) > 0 ? `+${s}` : s);

export function describeEntry(lang: Lang, e: LibraryMeta): string {
  const t = libraryStrings(lang);
  return `${e.year ?? '?'} ${e.department ?? t.unknown} ${kindName(lang, e.kind)} · ${e.sourceName}`;
}

/** The site an entry came from: its recorded origin, else its address's (undefined: a local file). */
const siteOf = (e: LibraryMeta) => ({ origin: e.origin ?? originOf(e.sourceUrl) });

/** Where an entry came from, for the reader: its host, or "local file". */
function hostOf(lang: Lang, e: LibraryMeta): string {
  const { origin } = siteOf(e);
  return origin ? new URL(origin).host : libraryStrings(lang).localFile;
}

export function YoyPanel(p: YoyPanelProps) {
  const t = libraryStrings(p.lang);
  const [which, setWhich] = useState(0);
  const pair = p.pairs[Math.min(which, p.pairs.length - 1)];
  const rows = useMemo(() => (pair ? yoyRows(pair.comparison.items) : []), [pair]);
  const priorHref = usePriorHref(!p.onPriorPage);
  const onChoose = p.onChoose;
  // The prior's page: a button (overlay: opened by the background) or a link (extension pages).
  const priorPageLink = (prior: LibraryMeta, page: number) => {
    // A web page has no pages: the link opens it.
    const html = prior.format === 'html';
    const label = html ? t.priorWebPage : t.priorPage(page);
    const attrs = { class: 'dl-link dl-yoy-prior-page', title: html ? t.priorWebPage : t.priorPageTitle(page), 'data-prior-page': page };
    const onPriorPage = p.onPriorPage;
    if (onPriorPage)
      return (
        <button type="button" {...attrs} onClick={() => onPriorPage(prior, page)}>
          {label}
        </button>
      );
    const href = priorHref(prior, page);
    return href ? (
      <a {...attrs} href={href} target="_blank" rel="noopener">
        {label}
      </a>
    ) : (
      <span class="dl-yoy-prior-page">{label}</span>
    );
  };
  const chooser = p.entry && onChoose && (
    <label class="dl-yoy-choose">
      {t.yoyChoose}{' '}
      <select value={p.entry.priorKey ?? ''} onChange={(e) => onChoose((e.target as HTMLSelectElement).value || undefined)}>
        <option value="">{t.automatic}</option>
        {p.candidates.map((c) => (
          <option key={c.key} value={c.key}>
            {describeEntry(p.lang, c)}
          </option>
        ))}
      </select>
    </label>
  );
  const prior = pair?.pairing.prior;
  const foreign = !!(prior && p.entry && foreignPrior(siteOf(p.entry), siteOf(prior)));
  return (
    <section
      class="dl-yoy"
      aria-label={t.yoy}
      data-yoy-state={p.state}
      data-yoy-prior-host={prior ? hostOf(p.lang, prior) : undefined}
      data-yoy-foreign={prior ? String(foreign) : undefined}
    >
      {p.state === 'working' && <p class="dl-empty">{t.yoyWorking}</p>}
      {p.state === 'idle' && <p class="dl-empty">{t.yoyIdle}</p>}
      {p.state === 'error' && <p class="dl-error">{p.error}</p>}
      {p.state === 'none' && <p class="dl-empty">{t.yoyNone}</p>}
      {p.pairs.length > 1 && (
        <div class="dl-yoy-pairs" role="group">
          {p.pairs.map((x, i) => (
            <button type="button" key={x.pairing.prior.key} aria-pressed={i === which} class="dl-count" onClick={() => setWhich(i)}>
              {t.relation[x.pairing.relation]}
            </button>
          ))}
        </div>
      )}
      {pair && (
        <p class="dl-yoy-head">
          <b>{t.prior}</b> ({t.relation[pair.pairing.relation]}): {describeEntry(p.lang, pair.pairing.prior)}
          <br />
          <span class="dl-yoy-source">{t.priorFrom(hostOf(p.lang, pair.pairing.prior), pair.pairing.prior.checkedAt.slice(0, 10))}</span>
          {foreign && p.entry && (
            <span class="dl-yoy-foreign dl-error" role="alert">
              <br />
              {t.foreignPrior(hostOf(p.lang, pair.pairing.prior), hostOf(p.lang, p.entry))}
            </span>
          )}
          <br />
          {t.matches(rows.length, pair.comparison.findings.length)}
        </p>
      )}
      {chooser}
      {p.onLibrary ? (
        <button type="button" class="dl-link dl-yoy-library" onClick={p.onLibrary}>
          {t.yoyLibrary}
        </button>
      ) : (
        <a class="dl-link dl-yoy-library" href={p.libraryHref} target="_blank" rel="noopener">
          {t.yoyLibrary}
        </a>
      )}
      {pair && rows.length > 0 && (
        <table class="dl-yoy-table">
          <thead>
            <tr>
              <th>{t.name}</th>
              <th class="dl-num">{t.priorCol}</th>
              <th class="dl-num">{t.currentCol}</th>
              <th class="dl-num">{t.delta}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ item, flag }, i) => {
              const at = item.currentValue;
              const priorPage = item.priorValue?.page;
              const role = i === 0 || rows[i - 1].item.role !== item.role;
              return (
                <Fragment key={item.key}>
                  {role && (
                    <tr class="dl-yoy-role">
                      <th colSpan={4}>{t.roles[item.role] ?? item.role}</th>
                    </tr>
                  )}
                  <tr
                    class={`dl-yoy-row${flag ? ` dl-yoy-${flag}` : ''}`}
                    data-yoy-key={item.key}
                    data-yoy-flag={flag || undefined}
                    title={[
                      item.priorName ? `← ${item.priorName}` : '',
                      priorPage ? t.priorPage(priorPage) : '',
                      at ? libraryStrings(p.lang).currentCol + ' ' + at.page : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  >
                    <td>
                      {item.code && <span class="dl-yoy-code">{item.code} </span>}
                      {at ? (
                        <button type="button" class="dl-link dl-yoy-go" onClick={() => p.onRow(at.page, at.bbox, at)}>
                          {item.name}
                        </button>
                      ) : (
                        item.name
                      )}
                      {flag && <span class="dl-yoy-flag">{t.flag[flag]}</span>}
                      {priorPage && prior && priorPageLink(prior, priorPage)}
                    </td>
                    <td class="dl-num">{item.prior ?? '—'}</td>
                    <td class="dl-num">{item.current ?? '—'}</td>
                    <td class="dl-num">
                      {signed(item.delta)}
                      {item.percent !== null && <span class="dl-yoy-pct">{signed(item.percent)}%</span>}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
