// The sites whose PDFs the reader chose to leave to the browser's own viewer, each with a button
// that undoes the choice (the viewer's toolbar switches a site off).
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/rules';
import { onSitesOffChange, readSitesOff, setSiteOff, siteSwitchStrings, trustedClick } from '../../components/site-switch';

export function SitesOff({ lang }: { lang: Lang }) {
  const t = siteSwitchStrings(lang);
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    void readSitesOff().then(setSites);
    return onSitesOffChange(setSites);
  }, []);
  if (!sites) return null;
  return (
    <section class="dl-lib-sites" aria-label={t.sitesTitle} data-sites-off={sites.length}>
      <h2>{t.sitesTitle}</h2>
      {sites.length === 0 && <p class="dl-empty">{t.sitesNone}</p>}
      <ul>
        {sites.map((s) => (
          <li key={s} data-site={s}>
            <span class="dl-lib-site">{s}</span>{' '}
            <button
              type="button"
              class="dl-site-restore"
              aria-label={t.undoTitle(s)}
              title={t.undoTitle(s)}
              onClick={(e) => trustedClick(e) && void setSiteOff(s, false).then(setSites)}
            >
              {t.restore}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
