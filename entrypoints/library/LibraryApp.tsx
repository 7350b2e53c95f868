// The local library page: every document checked in the viewer, with its counts, a manual choice
// of prior, open / delete, and export / import of the whole library as one JSON file; search,
// filters and sort over the list; the sites whose PDFs are left to the browser.
// Testing contract: the root carries data-entries (the number of documents stored) and
// data-shown (the number listed after search and filters).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATUSES } from '../../lib/rules';
import { libraryFromJson, libraryToJson, manualCandidates, pairingsFor, type LibraryMeta } from '../../lib/extension/library';
import { VIEWER_PATH } from '../../lib/extension/viewer-url';
import { entryPageHref, fileNameOf, filterChoices, queryEntries, type LibraryQuery } from '../../lib/extension/library-list';
import { storedLaunchKey } from '../../components/launch-key';
import { strings, STATUS_MARK } from '../../components/i18n';
import { useLang } from '../../components/use-lang';
import { download } from '../../components/download';
import {
  allEntries,
  announceChange,
  clearLibrary,
  deleteEntry,
  listEntries,
  onLibraryChange,
  importEntries,
  setPrior,
} from '../../components/library/db';
import { useKeepPdf } from '../../components/library/keep-pdf';
import { deleteMarksOf, markCounts } from '../../components/library/marks-db';
import { LibraryFilters } from './LibraryFilters';
import { SitesOff } from './SitesOff';
import { kindName, libraryStrings } from '../../components/library/strings';
import { describeEntry } from '../../components/library/YoyPanel';

export function LibraryApp() {
  const [lang, toggleLang] = useLang();
  const t = libraryStrings(lang);
  const st = strings(lang);
  const [entries, setEntries] = useState<LibraryMeta[] | null>(null);
  const [message, setMessage] = useState('');
  const [keepPdf, setKeepPdf] = useKeepPdf();
  const viewerBase = browser.runtime.getURL(VIEWER_PATH as '/viewer.html');
  const [launch, setLaunch] = useState<string | undefined>();
  useEffect(() => void storedLaunchKey().then((k) => setLaunch(k ?? undefined)), []);

  const [query, setQuery] = useState<LibraryQuery>({});
  const [marks, setMarks] = useState<Map<string, number>>(new Map());
  const reload = () => {
    void listEntries().then(setEntries);
    void markCounts()
      .then(setMarks)
      .catch(() => setMarks(new Map()));
  };
  // A kind is found by its name in either language ("决算", "final account").
  const kindWords = (e: LibraryMeta) => `${kindName('zh', e.kind)} ${kindName('en', e.kind)}`;
  const shown = useMemo(() => (entries ? queryEntries(entries, query, marks, kindWords) : []), [entries, query, marks]);
  const choices = useMemo(() => filterChoices(entries ?? []), [entries]);
  useEffect(() => {
    reload();
    return onLibraryChange(reload);
  }, []);
  useEffect(() => {
    document.title = `Disclosure Lens — ${t.library}`;
  }, [lang]);
  const changed = () => {
    announceChange();
    reload();
  };

  // A web page (checked by the page overlay) opens at its address, where the overlay checks it again.
  const openHref = (e: LibraryMeta) => entryPageHref(viewerBase, e, null, launch);

  const onExport = async () =>
    download(`dlens-library-${new Date().toISOString().slice(0, 10)}.json`, libraryToJson(await allEntries()), 'application/json');
  const onImport = async (file: File) => {
    try {
      const list = libraryFromJson(await file.text());
      await importEntries(list);
      setMessage(t.imported(list.length));
      changed();
    } catch (err) {
      setMessage(`${st.errorTitle}: ${(err as Error).message}`);
    }
  };

  return (
    <div class="dl-root dl-library" data-entries={entries?.length ?? undefined} data-shown={entries ? shown.length : undefined}>
      <header>
        <h1>{t.library}</h1>
        <button type="button" onClick={() => void onExport()} disabled={!entries?.length}>
          {t.exportAll}
        </button>
        <label class="dl-button">
          {t.importFile}
          <input
            type="file"
            accept="application/json,.json"
            class="dl-visually-hidden"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void onImport(f);
            }}
          />
        </label>
        <button type="button" disabled={!entries?.length} onClick={() => confirm(t.confirmAll) && void clearLibrary().then(changed)}>
          {t.removeAll}
        </button>
        <label>
          <input type="checkbox" checked={keepPdf} onChange={(e) => setKeepPdf((e.target as HTMLInputElement).checked)} /> {t.keepPdf}
        </label>
        <button type="button" class="dl-lang" onClick={toggleLang}>
          {st.language}
        </button>
      </header>
      <p>{t.libraryHint}</p>
      {message && (
        <p class="dl-lib-msg" role="status">
          {message}
        </p>
      )}
      {entries?.length === 0 && <p class="dl-empty">{t.empty}</p>}
      {!!entries?.length && (
        <LibraryFilters lang={lang} query={query} onQuery={setQuery} choices={choices} shown={shown.length} all={entries.length} />
      )}
      {!!entries?.length && !shown.length && <p class="dl-empty dl-lib-nomatch">{t.noMatch}</p>}
      {!!shown.length && (
        <table>
          <thead>
            <tr>
              <th>{t.department}</th>
              <th>{t.kind}</th>
              <th>{t.year}</th>
              <th>{t.counts}</th>
              <th>{t.checked}</th>
              <th>{t.fileName}</th>
              <th>{t.source}</th>
              <th>{t.prior}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => {
              const auto = pairingsFor({ ...e, priorKey: undefined }, entries!)[0];
              const href = openHref(e);
              return (
                <tr key={e.key} data-key={e.key} data-year={e.year} data-kind={e.kind} data-fails={e.summary.fail ?? 0}>
                  <td>{e.department ?? t.unknown}</td>
                  <td>{kindName(lang, e.kind)}</td>
                  <td>{e.year ?? '?'}</td>
                  <td class="dl-lib-counts">
                    {STATUSES.map((s) => (
                      <span key={s} class={`dl-s-${s}`} title={st.status[s]}>
                        {STATUS_MARK[s]} {st.status[s]} {e.summary[s] ?? 0}
                      </span>
                    ))}
                    {!!marks.get(e.key) && <span class="dl-lib-marks-n">{t.marks(marks.get(e.key)!)}</span>}
                  </td>
                  <td>{new Date(e.checkedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</td>
                  <td class="dl-lib-file">{fileNameOf(e)}</td>
                  <td class="dl-lib-source">{e.sourceUrl ?? e.sourceName}</td>
                  <td>
                    <select
                      aria-label={t.prior}
                      value={e.priorKey ?? ''}
                      onChange={(ev) => void setPrior(e.key, (ev.target as HTMLSelectElement).value || undefined).then(changed)}
                    >
                      <option value="">
                        {t.automatic}: {auto ? describeEntry(lang, auto.prior) : t.noPrior}
                      </option>
                      {manualCandidates(e, entries!).map((c) => (
                        <option key={c.key} value={c.key}>
                          {describeEntry(lang, c)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {href && (
                      <a class="dl-link" href={href} target="_blank" rel="noopener">
                        {e.format === 'html' ? t.openPage : t.open}
                      </a>
                    )}{' '}
                    <button
                      type="button"
                      class="dl-link"
                      onClick={() => void Promise.all([deleteEntry(e.key), deleteMarksOf(e.key)]).then(changed)}
                    >
                      {t.remove}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <SitesOff lang={lang} />
    </div>
  );
}
