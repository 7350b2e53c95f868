// C4: line items of two years side by side — by code or canonical name first, then by fuzzy name
// within the same table role; what is left appears or disappears, it is never dropped.
import Fuse from 'fuse.js';
import { Decimal, yuanFactor } from '../amount';
import { cellValue } from '../tables';
import type { DisclosureDocument } from '../model';
import type { FindingValue, Lang } from '../rules';
import { lineItems, type LineItem } from './items';
import { labelledIn } from './label';
import { lineName } from './words';
import { codeMayHaveMoved, mergedInto, movedFrom } from './moves';

/** Fuse score (0 exact … 1 unrelated) under which two names of the same role count as one item. */
export const FUZZY_THRESHOLD = 0.35;
export const PERCENT_DECIMALS = 2;
/** A change at least this large (in %) is flagged (the viewer's 变动大, the text's !). */
export const LARGE_CHANGE_PERCENT = 20;

export type MatchKind = 'code' | 'moved' | 'name' | 'fuzzy' | 'appeared' | 'disappeared';

export interface AlignedItem {
  key: string;
  role: string;
  code?: string;
  level?: number;
  name: string; // this year's name (last year's when it disappeared)
  priorName?: string;
  /** Last year's code when the line was recoded ("30311" for this year's 30113). */
  priorCode?: string;
  /** A vanished line folded into another by a classification reform: "30102 津贴补贴". */
  mergedInto?: string;
  total: boolean;
  match: MatchKind;
  unit: string; // the unit of prior / current / delta
  prior: string | null; // exact decimals
  current: string | null;
  delta: string | null;
  percent: string | null; // Δ / prior × 100, rounded to PERCENT_DECIMALS; null when prior is 0 or missing
  priorValue?: FindingValue;
  currentValue?: FindingValue;
}

function valueIn(item: LineItem, unit: string): Decimal {
  const from = yuanFactor(item.unit),
    to = yuanFactor(unit);
  const v = item.cell.amount?.value ?? new Decimal(0);
  return from && to && from !== to ? v.times(from).div(to) : v;
}

function located(doc: DisclosureDocument, item: LineItem, lang: Lang): FindingValue {
  return labelledIn(
    doc,
    { ...cellValue(item.cell, [item.code, lineName(item.name, item.total, lang)].filter(Boolean).join(' ')), unit: item.unit },
    lang,
    item.cell.view.table,
  );
}

function pair(
  prior: DisclosureDocument,
  current: DisclosureDocument,
  p: LineItem | undefined,
  c: LineItem | undefined,
  match: MatchKind,
  lang: Lang,
): AlignedItem {
  const base = (c ?? p)!;
  const cu = c?.unit,
    pu = p?.unit;
  const unit = (cu && yuanFactor(cu) ? cu : undefined) ?? (pu && yuanFactor(pu) ? pu : undefined) ?? cu ?? pu ?? '';
  const pv = p ? valueIn(p, unit) : null;
  const cv = c ? valueIn(c, unit) : null;
  const delta = pv && cv ? cv.minus(pv) : null;
  const percent = delta && pv && !pv.isZero() ? delta.div(pv).times(100).toDecimalPlaces(PERCENT_DECIMALS).toString() : null;
  return {
    key: base.key,
    role: base.role,
    code: base.code,
    level: base.level,
    name: base.name,
    priorName: p && c && p.name !== c.name ? p.name : undefined,
    priorCode: p?.code && c?.code && p.code !== c.code ? p.code : undefined,
    total: base.total,
    match,
    unit,
    prior: pv?.toString() ?? null,
    current: cv?.toString() ?? null,
    delta: delta?.toString() ?? null,
    percent,
    priorValue: p ? located(prior, p, lang) : undefined,
    currentValue: c ? located(current, c, lang) : undefined,
  };
}

/** The two documents' line items paired; `lang` words the labels of their values. */
export function alignDocuments(prior: DisclosureDocument, current: DisclosureDocument, lang: Lang = 'zh'): AlignedItem[] {
  const before = lineItems(prior);
  const after = lineItems(current);
  const byKey = new Map(before.map((i) => [i.key, i]));
  const used = new Set<LineItem>();
  const out: AlignedItem[] = [];
  const pending: LineItem[] = [];
  const py = prior.info.year,
    cy = current.info.year;
  const sameName = (a: LineItem, b: LineItem) => a.name.replace(/支出$/, '') === b.name.replace(/支出$/, '');
  for (const c of after) {
    const p = byKey.get(c.key);
    // A summary line printed without a value in either year (a heading, an empty 类) is no line item.
    if (!c.cell.amount && (!p || !p.cell.amount)) {
      if (p) used.add(p);
      continue;
    }
    // Across the 2018 economic reform 30307 was 医疗费 and became 医疗费补助: the code alone does not pair.
    const reused = p && c.code && codeMayHaveMoved(c.code, py, cy) && !sameName(p, c);
    if (p && !reused) {
      used.add(p);
      out.push(pair(prior, current, p, c, c.code ? 'code' : 'name', lang));
    } else pending.push(c);
  }
  for (const c of pending) {
    const pool = before.filter((p) => !used.has(p) && p.group === c.group && !p.code === !c.code && p.total === c.total);
    let p: LineItem | undefined;
    const from = c.code ? movedFrom(c.code, cy, py) : undefined;
    const moved = from ? byKey.get(c.key.replace(new RegExp(`${c.code}$`), from)) : undefined;
    if (moved && !used.has(moved)) {
      used.add(moved);
      out.push(pair(prior, current, moved, c, 'moved', lang));
      continue;
    }
    if (c.code) {
      // A line that moved to another code keeps its name, level and 类 (行政运行 exists under every 款: not fuzzy).
      p = pool.find((x) => x.name === c.name && x.level === c.level && x.code!.slice(0, 3) === c.code!.slice(0, 3));
    } else if (pool.length) {
      p = new Fuse(pool, { keys: ['name'], includeScore: true, threshold: FUZZY_THRESHOLD }).search(c.name)[0]?.item;
    }
    if (p) used.add(p);
    // A coded line found under the same name elsewhere in its 类 was recoded: one row, not fuzzy.
    out.push(pair(prior, current, p, c, !p ? 'appeared' : c.code ? 'moved' : 'fuzzy', lang));
  }
  for (const p of before) {
    if (used.has(p) || !p.cell.amount) continue;
    const gone = pair(prior, current, p, undefined, 'disappeared', lang);
    const into = p.code ? mergedInto(p.code, py, cy) : undefined;
    const host = into ? after.find((c) => c.group === p.group && c.code === into) : undefined;
    if (host) gone.mergedInto = `${host.code} ${host.name}`;
    out.push(gone);
  }
  return out;
}
