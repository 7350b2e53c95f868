// Year over year on a disclosure page: once the background has stored the page in the library, its
// reply names the page's entry and hands over its priors' models; the comparison runs here, after
// the page's own findings are on screen.
import { useEffect, useState } from 'preact/hooks';
import type { DisclosureDocument } from '../../lib/model';
import type { Finding } from '../../lib/rules';
import type { LibraryMeta, PageCheckedReply } from '../../lib/extension/library';
import type { ByLang } from '../../lib/extension/finding-lang';
import { compareWithPriors, type PageYoy } from '../../lib/extension/page-yoy';

export interface PageYoyState {
  /** idle: not stored (yet, or not a disclosure); none: no prior in the library. */
  state: 'idle' | 'working' | 'done' | 'none' | 'error';
  entry: LibraryMeta | null;
  pairs: PageYoy['pairs'];
  findings: ByLang<Finding[]>;
  error: string | null;
}

const IDLE: PageYoyState = { state: 'idle', entry: null, pairs: [], findings: { zh: [], en: [] }, error: null };

export function usePageYoy(stored: Promise<PageCheckedReply | null> | null, model: DisclosureDocument | null): PageYoyState {
  const [state, setState] = useState<PageYoyState>(IDLE);
  useEffect(() => {
    if (!stored || !model) return;
    let live = true;
    void stored.then((reply) => {
      if (!live || !reply?.ok || !reply.entry) return;
      const priors = reply.priors ?? [];
      if (!priors.length) return setState({ ...IDLE, state: 'none', entry: reply.entry });
      setState({ ...IDLE, state: 'working', entry: reply.entry });
      // A task of its own, so the panel paints "comparing…" first.
      setTimeout(() => {
        if (!live) return;
        try {
          const { pairs, findings, langError } = compareWithPriors(model, priors);
          if (langError) console.error(`[dlens] year over year: ${langError}`);
          setState({ state: 'done', entry: reply.entry!, pairs, findings, error: null });
        } catch (err) {
          setState({ ...IDLE, state: 'error', entry: reply.entry!, error: String((err as Error)?.message ?? err) });
        }
      }, 0);
    });
    return () => {
      live = false;
    };
  }, [stored, model]);
  return state;
}
