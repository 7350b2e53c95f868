// The findings panel's state, shared by the viewer and the page overlay: which statuses are
// hidden, whether passes show, the selected finding, and the findings that pass the filters.
import { useMemo, useState } from 'preact/hooks';
import type { CheckReport } from '../lib/report';
import type { Finding, Status } from '../lib/rules';

export interface FindingsPanelState {
  selected: string | null;
  setSelected: (id: string | null) => void;
  showPasses: boolean;
  setShowPasses: (v: boolean) => void;
  hidden: Set<Status>;
  toggleStatus: (s: Status) => void;
  /** Only findings on this page (null: all pages). */
  onlyPage: number | null;
  setOnlyPage: (n: number | null) => void;
  /** The report's findings that pass the filters, in report order. */
  shown: Finding[];
}

function onPage(f: Finding, page: number): boolean {
  return f.evidence.some((e) => e.page === page) || f.values.some((v) => v.page === page);
}

export function useFindingsPanel(report: CheckReport | null): FindingsPanelState {
  const [selected, setSelected] = useState<string | null>(null);
  const [showPasses, setShowPasses] = useState(false);
  const [hidden, setHidden] = useState<Set<Status>>(new Set());
  const [onlyPage, setOnlyPage] = useState<number | null>(null);
  const shown = useMemo(
    () =>
      (report?.findings ?? []).filter(
        (f) => !hidden.has(f.status) && (showPasses || f.status !== 'pass') && (onlyPage == null || onPage(f, onlyPage)),
      ),
    [report, hidden, showPasses, onlyPage],
  );
  const toggleStatus = (s: Status) =>
    setHidden((h) => {
      const n = new Set(h);
      if (n.has(s)) n.delete(s);
      else n.add(s);
      return n;
    });
  return { selected, setSelected, showPasses, setShowPasses, hidden, toggleStatus, onlyPage, setOnlyPage, shown };
}
