// Year over year in the viewer: the checked document goes into the local library, its prior
// (last year's, the same year's budget, or the user's choice) is looked up there, and the two
// models are compared in the analysis worker. Re-runs when the library changes elsewhere.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckReport } from '../../lib/report';
import type { DisclosureDocument } from '../../lib/model';
import type { Finding } from '../../lib/rules';
import type { Comparison } from '../../lib/compare';
import { manualCandidates, pairingsFor, type LibraryMeta, type Pairing } from '../../lib/extension/library';
import { forCurrentDocument } from '../../lib/extension/yoy';
import { entryFor } from '../../lib/extension/library';
import { announceChange, getEntry, listEntries, onLibraryChange, putEntry, setPrior } from '../../components/library/db';
import { compareInWorker } from './analyze-client';
import type { ByLang } from '../../lib/extension/finding-lang';

export interface YoyPair {
  pairing: Pairing;
  comparison: Comparison;
}

export interface YearOverYear {
  /** idle: nothing to store (no document, not a disclosure); none: no prior in the library. */
  state: 'idle' | 'working' | 'done' | 'none' | 'error';
  entry: LibraryMeta | null;
  pairs: YoyPair[];
  /** The C-findings of every pair, ready to draw over the current document, worded in each UI language. */
  findings: ByLang<Finding[]>;
  candidates: LibraryMeta[];
  /** performance.now() when the comparison was shown. */
  doneMs: number | null;
  error: string | null;
  /** The key the document was stored under in the local library (its marks are kept under it). */
  stored: string | null;
  choosePrior: (key: string | undefined) => void;
}

interface Input {
  report: CheckReport | null;
  model: DisclosureDocument | null;
  source: { url?: string; name: string } | null;
  bytes: Uint8Array | null;
  /** SHA-256 of the document's bytes (hex), kept with its library entry. */
  sha256?: string | null;
}

type State = Omit<YearOverYear, 'choosePrior' | 'stored'>;

/** Whether a checked document goes into the local library (a disclosure with a text layer). */
export const storable = (report: CheckReport) => !report.error && report.document.kind !== 'other' && report.document.textLayer;
const IDLE: State = { state: 'idle', entry: null, pairs: [], findings: { zh: [], en: [] }, candidates: [], doneMs: null, error: null };

async function compareWithPriors(key: string, model: DisclosureDocument): Promise<State> {
  const metas = await listEntries();
  const entry = metas.find((m) => m.key === key) ?? null;
  if (!entry) return IDLE;
  const candidates = manualCandidates(entry, metas);
  const pairs: YoyPair[] = [];
  const findings: ByLang<Finding[]> = { zh: [], en: [] };
  for (const pairing of pairingsFor(entry, metas)) {
    const prior = await getEntry(pairing.prior.key);
    if (!prior) continue;
    const { comparison, findings: worded, langError } = await compareInWorker(prior.model, model);
    if (langError) console.error(`[dlens] year over year: ${langError}`);
    pairs.push({ pairing, comparison });
    findings.zh.push(...forCurrentDocument(worded.zh, prior.model));
    findings.en.push(...forCurrentDocument(worded.en, prior.model));
  }
  return { state: pairs.length ? 'done' : 'none', entry, pairs, findings, candidates, doneMs: Math.round(performance.now()), error: null };
}

export function useYearOverYear({ report, model, source, bytes, sha256 }: Input): YearOverYear {
  const [state, setState] = useState<State>(IDLE);
  const [stored, setStored] = useState<string | null>(null);
  const key = useRef<string | null>(null);
  const run = useRef(0);

  const refresh = (k: string, m: DisclosureDocument) => {
    const id = ++run.current;
    setState((s) => ({ ...s, state: 'working' }));
    compareWithPriors(k, m)
      .then((next) => id === run.current && setState(next))
      .catch((err: unknown) => id === run.current && setState({ ...IDLE, state: 'error', error: String((err as Error)?.message ?? err) }));
  };

  useEffect(() => {
    key.current = null;
    setState(IDLE);
    setStored(null);
    if (!report || !model || !source || !storable(report)) return;
    const entry = entryFor(report, model, { ...source, sha256: sha256 ?? undefined }, new Date(), bytes ?? undefined);
    const id = ++run.current;
    setState({ ...IDLE, state: 'working' });
    putEntry(entry)
      .then((stored) => {
        key.current = stored;
        announceChange();
        if (id !== run.current) return;
        setStored(stored);
        refresh(stored, model);
      })
      .catch((err: unknown) => setState({ ...IDLE, state: 'error', error: String((err as Error)?.message ?? err) }));
  }, [report, model]);

  useEffect(() => onLibraryChange(() => key.current && model && refresh(key.current, model)), [model]);

  const choosePrior = (prior: string | undefined) => {
    if (!key.current || !model) return;
    const k = key.current;
    void setPrior(k, prior).then(() => {
      announceChange();
      refresh(k, model);
    });
  };
  return { ...state, stored, choosePrior };
}
