// The reader's marks on this page's findings (已核实 / 误报 / 已问询 + note), kept by the background
// under the page's library entry (lib/extension/page-marks.ts) once the page is stored there, and
// attached to the report by finding key, so that they survive a reload and a re-check.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding, KeyedMark, Mark } from '../../lib/findings';
import type { CheckReport } from '../../lib/report';
import { attachMarks, countMarks, keyedFindings, setMark as withMark, type MarkCounts } from '../../lib/review/marks';
import { PAGE_MARKS, type PageMarksMessage, type PageMarksReply } from '../../lib/extension/page-marks';
import type { PageCheckedReply } from '../../lib/extension/library';

export interface PageMarks {
  report: CheckReport;
  counts: MarkCounts;
  orphans: KeyedMark[];
  /** The page's marks are read: marking is offered (a page not in the library cannot keep any). */
  ready: boolean;
  error: string | null;
  setMark: (f: Finding, mark: Mark | undefined) => void;
  dropOrphan: (key: string) => void;
}

async function send(msg: PageMarksMessage): Promise<KeyedMark[]> {
  const reply = (await browser.runtime.sendMessage(msg)) as PageMarksReply | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
  return reply.marks;
}

export function usePageMarks(base: CheckReport, stored: Promise<PageCheckedReply | null> | null): PageMarks {
  const [marks, setMarks] = useState<KeyedMark[]>([]);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError(String((err as Error)?.message ?? err));

  useEffect(() => {
    let live = true;
    void stored
      ?.then((reply) => (reply?.ok ? send({ type: PAGE_MARKS, op: 'get' }) : null))
      .then((m) => {
        if (!live || !m) return;
        setMarks(m);
        setReady(true);
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [stored]);

  const report = useMemo(() => attachMarks(base, marks), [base, marks]);
  const counts = useMemo(() => countMarks(report.findings), [report]);
  const keep = (msg: PageMarksMessage) => send(msg).then(setMarks).catch(fail);

  const setMark = (f: Finding, mark: Mark | undefined) => {
    const key = keyedFindings(report.findings).find((k) => k.finding.id === f.id)?.key;
    if (!key) return;
    const next = withMark(marks, key, mark && { ...mark, rule: f.rule, message: f.message });
    setMarks(next);
    const saved = next.find((m) => m.key === key);
    void keep(saved ? { type: PAGE_MARKS, op: 'put', mark: saved } : { type: PAGE_MARKS, op: 'delete', key });
  };
  const dropOrphan = (key: string) => {
    setMarks((ms) => ms.filter((m) => m.key !== key));
    void keep({ type: PAGE_MARKS, op: 'delete', key });
  };
  return { report, counts, orphans: report.orphanedMarks ?? [], ready, error, setMark, dropOrphan };
}
