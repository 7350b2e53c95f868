// Match patterns of the government sites the page overlay and the fallback detector run on,
// and that the extension may read without asking. Budget disclosures are published there.
export const GOV_MATCHES = ['*://*.gov.cn/*', '*://*.gov.hk/*', '*://*.gov.mo/*'];

/** Whether an address is on one of those sites (`*://*.gov.cn/*` → a host ending in .gov.cn). */
export function isGovUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      GOV_MATCHES.some((p) => u.hostname.endsWith(p.slice('*://*'.length, -'/*'.length)))
    );
  } catch {
    return false;
  }
}
