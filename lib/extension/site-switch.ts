// The reader's per-site switch "don't open PDFs from this site in Disclosure Lens" (pure part):
// which site an address belongs to, whether the switch covers it, and the stored list.
// A site is a host name; switching it off also covers its subdomains (as a DNR requestDomains
// entry does), so the interception rule and this check agree.

/** Where the list lives (extension storage.local). */
export const SITES_OFF_KEY = 'dlens.sites.pdfOff';

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** The site of an http(s) address (its host name, lower case), else null. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && HOST.test(u.hostname) ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Whether PDFs at `url` are left to the browser: its host is a switched-off site or below one. */
export function isSiteOff(url: string | null | undefined, sitesOff: readonly string[]): boolean {
  const host = siteOf(url);
  return !!host && sitesOff.some((s) => host === s || host.endsWith(`.${s}`));
}

/** The stored value as a list of host names (anything else in it is dropped). */
export function parseSitesOff(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && HOST.test(v)))].sort();
}

/** The list with `site` switched off (`off`) or back on. */
export function withSite(sitesOff: readonly string[], site: string, off: boolean): string[] {
  const rest = sitesOff.filter((s) => s !== site);
  return parseSitesOff(off ? [...rest, site] : rest);
}
