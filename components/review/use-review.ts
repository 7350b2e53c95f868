// The reader's review of one document in the viewer: marks and kept tick-and-tie checks, loaded from
// IndexedDB (marks-db.ts) once the document's library key is known — after the findings show — and
// attached to the report by finding key (lib/review), plus the numbers picked for a tick and tie.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Finding, KeyedMark, Lang, Mark } from '../../lib/findings';
import type { CheckReport } from '../../lib/report';
import { withFindings } from '../../lib/compare';
// Deep imports: the review index also holds the tick and tie, which must stay out of the first chunk.
import { attachMarks, countMarks, keyedFindings, setMark as withMark, type MarkCounts } from '../../lib/review/marks';
import type { Pick } from '../../lib/review/tick-tie';
import { deleteCheck, deleteMark, getChecks, getMarks, putCheck, putMark, type KeptCheck } from '../library/marks-db';

export interface Picks {
  parts: Pick[];
  total?: Pick;
}

export type TickTieEngine = typeof import('./tick-tie-engine');
let engineLoad: Promise<TickTieEngine> | null = null;
const loadEngine = () => (engineLoad ??= import('./tick-tie-engine'));

export interface Review {
  /** The tick and tie's code, once loaded (see tick-tie-engine.ts). */
  engine: TickTieEngine | null;
  /** The report with the reader's own checks added and every mark attached. */
  report: CheckReport | null;
  /** 'idle' until the document has a library key; 'done' once its marks are read. */
  state: 'idle' | 'loading' | 'done' | 'error';
  error: string | null;
  counts: MarkCounts;
  /** Marks whose finding this check no longer has. */
  orphans: KeyedMark[];
  setMark: (f: Finding, mark: Mark | undefined) => void;
  dropOrphan: (key: string) => void;
  picks: Picks;
  /** Adds the numbers not yet picked and removes those already picked (a second click unpicks). */
  togglePicks: (ps: Pick[]) => void;
  removePick: (i: number) => void;
  makeTotal: (i: number) => void;
  clearPicks: () => void;
  /** Keeps the current picks and total as a finding of the reader's own. */
  keep: () => void;
  /** Deletes a kept check (by its finding's id). */
  dropCheck: (findingId: string) => void;
  /** The id the next kept check's finding gets. */
  nextId: string;
  /** Whether a finding is one of the reader's own kept checks. */
  isOwnCheck: (findingId: string) => boolean;
}

/** Two picks are the same number on the page. */
const samePick = (a: Pick, b: Pick) => a.page === b.page && a.bbox?.join(',') === b.bbox?.join(',');

const CHECK_ID = (i: number) => `R1:${i + 1}`;

/** `picking`: the reader is at the tick and tie (its code is loaded then, or when checks were kept). */
export function useReview(base: CheckReport | null, docKey: string | null, lang: Lang, picking: boolean): Review {
  const [marks, setMarks] = useState<KeyedMark[]>([]);
  const [checks, setChecks] = useState<KeptCheck[]>([]);
  const [state, setState] = useState<Review['state']>('idle');
  const [error, setError] = useState<string | null>(null);
  const [picks, setPicks] = useState<Picks>({ parts: [] });
  const [engine, setEngine] = useState<TickTieEngine | null>(null);
  const needEngine = picking || checks.length > 0;
  useEffect(() => {
    if (needEngine && !engine)
      loadEngine()
        .then(setEngine)
        .catch((err: unknown) => setError(String((err as Error)?.message ?? err)));
  }, [needEngine]);

  useEffect(() => {
    setMarks([]);
    setChecks([]);
    setPicks({ parts: [] });
    if (!docKey) return setState('idle');
    let live = true;
    setState('loading');
    Promise.all([getMarks(docKey), getChecks(docKey)])
      .then(([m, c]) => {
        if (!live) return;
        setMarks(m);
        setChecks(c);
        setState('done');
      })
      .catch((err: unknown) => {
        if (!live) return;
        setError(String((err as Error)?.message ?? err));
        setState('error');
      });
    return () => {
      live = false;
    };
  }, [docKey]);

  const report = useMemo(() => {
    if (!base) return null;
    const own = engine ? checks.map((c, i) => engine.tickTie(c.parts, c.total, { lang, id: CHECK_ID(i) }).finding) : [];
    // The reader's own checks are listed, marked and exported, but the document's counts stay the
    // engine's (the same as `dlens check`): a hand check is not a finding of the document.
    return attachMarks(own.length ? { ...withFindings(base, own), summary: base.summary } : base, marks);
  }, [base, checks, marks, lang, engine]);

  const counts = useMemo(() => countMarks(report?.findings ?? []), [report]);
  const fail = (err: unknown) => setError(String((err as Error)?.message ?? err));

  const setMark = (f: Finding, mark: Mark | undefined) => {
    if (!report || !docKey) return;
    const key = keyedFindings(report.findings).find((k) => k.finding.id === f.id)?.key;
    if (!key) return;
    const next = withMark(marks, key, mark && { ...mark, rule: f.rule, message: f.message });
    setMarks(next);
    const saved = next.find((m) => m.key === key);
    void (saved ? putMark(docKey, saved) : deleteMark(docKey, key)).catch(fail);
  };
  const dropOrphan = (key: string) => {
    if (!docKey) return;
    setMarks((ms) => ms.filter((m) => m.key !== key));
    void deleteMark(docKey, key).catch(fail);
  };

  const togglePicks = (ps: Pick[]) =>
    setPicks(({ parts, total }) => {
      let next = parts;
      let t = total;
      for (const p of ps) {
        if (t && samePick(t, p)) t = undefined;
        else if (next.some((q) => samePick(q, p))) next = next.filter((q) => !samePick(q, p));
        else next = [...next, p];
      }
      return { parts: next, total: t };
    });
  const removePick = (i: number) => setPicks(({ parts, total }) => ({ parts: parts.filter((_, j) => j !== i), total }));
  const makeTotal = (i: number) =>
    setPicks(({ parts, total }) => ({ parts: [...parts.filter((_, j) => j !== i), ...(total ? [total] : [])], total: parts[i] }));
  const clearPicks = () => setPicks({ parts: [] });
  const keep = () => {
    if (!docKey || !picks.total || !picks.parts.length) return;
    const check: KeptCheck = { id: String(Date.now()), parts: picks.parts, total: picks.total, date: new Date().toISOString() };
    setChecks((cs) => [...cs, check]);
    setPicks({ parts: [] });
    void putCheck(docKey, check).catch(fail);
  };
  const dropCheck = (findingId: string) => {
    const i = checks.findIndex((_, j) => CHECK_ID(j) === findingId);
    if (i < 0 || !docKey) return;
    const gone = checks[i];
    setChecks((cs) => cs.filter((c) => c.id !== gone.id));
    void deleteCheck(docKey, gone.id).catch(fail);
  };

  return {
    engine,
    report,
    // Kept checks are findings too: their marks attach only once the tick and tie can re-sum them.
    state: state === 'done' && checks.length && !engine ? 'loading' : state,
    error,
    counts,
    orphans: report?.orphanedMarks ?? [],
    setMark,
    dropOrphan,
    picks,
    togglePicks,
    removePick,
    makeTotal,
    clearPicks,
    keep,
    dropCheck,
    nextId: CHECK_ID(checks.length),
    isOwnCheck: (id) => checks.some((_, i) => CHECK_ID(i) === id),
  };
}
