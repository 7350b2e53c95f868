// What the viewer's year-over-year tab shows (pure part): the rows of an aligned comparison with
// their flags, and the C-findings made fit to draw over the current document.
import type { AlignedItem } from '../compare';
import type { Finding } from '../rules';
import type { DisclosureDocument } from '../model';
import { docLabel } from '../compare';

import { LARGE_CHANGE_PERCENT } from '../compare';

export { LARGE_CHANGE_PERCENT };

export type RowFlag = 'appeared' | 'disappeared' | 'large' | 'moved' | '';

export interface YoyRow {
  item: AlignedItem;
  flag: RowFlag;
}

export function rowFlag(i: AlignedItem): RowFlag {
  if (i.match === 'appeared' || i.match === 'disappeared') return i.match;
  if (i.percent !== null && Math.abs(Number(i.percent)) >= LARGE_CHANGE_PERCENT) return 'large';
  if (i.match === 'moved' || i.match === 'fuzzy') return 'moved';
  return '';
}

/** The rows to list, grouped by table role (appeared and disappeared lines join their table):
 *  lines that are 0 in both years, and new lines that are 0, are left out (as in `dlens compare`). */
export function yoyRows(items: AlignedItem[]): YoyRow[] {
  const roles = [...new Set(items.map((i) => i.role))];
  const zero = (v: string | null) => v !== null && Number(v) === 0;
  return items
    .filter((i) => !(zero(i.prior) && zero(i.current)) && !(i.prior === null && zero(i.current)))
    .map((item) => ({ item, flag: rowFlag(item) }))
    .sort((a, b) => roles.indexOf(a.item.role) - roles.indexOf(b.item.role));
}

/** C-findings name numbers of both documents; the prior's have no place on the current pages, so
 *  they keep their label (which names the prior file and page) but lose their box — and, for a
 *  web page, their element path, which points into the prior page's DOM, not this one's. */
export function forCurrentDocument(findings: Finding[], prior: DisclosureDocument): Finding[] {
  // The label is worded in the run's language ("2017 budget x.pdf p.9: …" / "2017年预算 x.pdf 第9页：…").
  const prefixes = [docLabel(prior, 'en'), docLabel(prior, 'zh')];
  return findings.map((f) => ({
    ...f,
    values: f.values.map((v) =>
      prefixes.some((p) => v.label.startsWith(p)) ? { ...v, bbox: undefined, node: undefined, start: undefined, end: undefined } : v,
    ),
  }));
}
