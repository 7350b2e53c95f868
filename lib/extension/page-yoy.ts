// Year over year on a web page checked by the page overlay (pure part). The page's own library
// entry and its priors live in the extension's IndexedDB, which only the background can open: it
// answers the overlay's page-checked message with the priors' models (for the sender's own page
// only), and the overlay compares them here, as the viewer's worker does for a PDF.
import type { DisclosureDocument } from '../model';
import type { Finding } from '../rules';
import { compareDocuments, type Comparison } from '../compare';
import { assertSameFindings, type ByLang } from './finding-lang';
import { forCurrentDocument } from './yoy';
import type { Pairing } from './library';

/** A prior the background hands to the overlay: which entry it is, and its model. */
export interface PagePrior {
  pairing: Pairing;
  model: DisclosureDocument;
}

export interface PageYoy {
  pairs: { pairing: Pairing; comparison: Comparison }[];
  /** The C-findings of every pair, fit to draw over the page, in each UI language. */
  findings: ByLang<Finding[]>;
  /** Why the English findings are the Chinese ones (they differed in more than words), else null. */
  langError: string | null;
}

/** Compares the page's model with each prior, as `dlens check --prior` does, in both languages. */
export function compareWithPriors(current: DisclosureDocument, priors: PagePrior[]): PageYoy {
  const out: PageYoy = { pairs: [], findings: { zh: [], en: [] }, langError: null };
  for (const { pairing, model } of priors) {
    const comparison = compareDocuments(model, current, { lang: 'zh' });
    let en = compareDocuments(model, current, { lang: 'en' }).findings;
    try {
      assertSameFindings(comparison.findings, en);
    } catch (err) {
      out.langError = (err as Error).message;
      en = comparison.findings;
    }
    out.pairs.push({ pairing, comparison });
    out.findings.zh.push(...forCurrentDocument(comparison.findings, model));
    out.findings.en.push(...forCurrentDocument(en, model));
  }
  return out;
}

// --- messages from the overlay's year-over-year tab (the background checks the sender) -------

export const OPEN_PRIOR = 'dlens:open-prior';
export const OPEN_LIBRARY = 'dlens:open-library';

/** "Open page `page` of the prior `key`" if well formed, else null. */
export function parseOpenPrior(msg: unknown): { key: string; page: number | null } | null {
  const m = msg as { type?: unknown; key?: unknown; page?: unknown } | null;
  if (!m || m.type !== OPEN_PRIOR || typeof m.key !== 'string' || !m.key || m.key.length > 1000) return null;
  const page = Number.isInteger(m.page) && (m.page as number) > 0 ? (m.page as number) : null;
  return { key: m.key, page };
}
