// Tables that print no classification codes (杭州's 支出预算总表, 一般公共预算支出表, 基本支出表…): each
// line's 类 / 款 / 项 read from its name, in order, against the classification catalogue
// (assets/codes). A 类 is known by name (the list is closed); a 款 must be a catalogue child of the
// 类 above it; a 项 a child of the 款 above it or a regular 项 (行政运行, 其他…支出). A line the
// catalogue does not know, under a 款, is taken as one of its 项, and every sum that line enters
// (its 款, its 类, the 合计) is marked uncertain: there it could be a 款 the catalogue lacks.
import { CodeDictionary, normalizeKey } from '../../glossary';
import { tableViews, type Row, type TableView } from '../../tables';
import type { DisclosureDocument } from '../../model';
import type { FindingDraft } from './sum-finding';

export interface NamedHierarchy {
  view: TableView; // a copy of the printed view whose rows carry the codes read from their names
  /** Row indices of parents (and -1 for the 合计) whose sum includes a line the catalogue does not know. */
  uncertain: Set<number>;
}

let dictionary: CodeDictionary | undefined;
const codes = () => (dictionary ??= new CodeDictionary());

/** Roles whose lines are a classification list (not side-by-side summaries, projects or 三公). */
const LIST_ROLES = new Set(['expenditure', 'gpb-expenditure', 'gpb-basic', 'fund', 'soe']);
const REGULAR_ITEMS: Record<string, string> = { 行政运行: '01', 一般行政管理事务: '02', 机关服务: '03', 事业运行: '50' };

const core = (s: string) => s.replace(/(支出|事务)$/, '');

function childNamed(dict: CodeDictionary, parent: string, len: number, key: string): string[] {
  return dict
    .children(parent)
    .filter((r) => r.code.length === len && dict.nameKeys(r.code).some((k) => k === key || core(k) === core(key)))
    .map((r) => r.code);
}

/** A 项 of `kuan` by name: a catalogue child, a regular 项, or 其他<款>支出. */
function itemOf(dict: CodeDictionary, kuan: string, key: string): string[] {
  const hits = childNamed(dict, kuan, 7, key);
  if (hits.length || kuan[0] !== '2') return hits;
  if (REGULAR_ITEMS[key]) return [kuan + REGULAR_ITEMS[key]];
  const parent = dict.record(kuan);
  const names = parent ? dict.nameKeys(kuan) : [];
  return names.some((n) => key === `其他${core(n)}支出` || key === `其他${core(n)}`) ? [kuan + '99'] : [];
}

/** One line to place: its name and its row index; `blank` lines (no name) are passed over. */
export interface NamedLine {
  index: number;
  name: string;
  figures: boolean;
}

export interface Placed {
  index: number;
  code: string; // "<款>#n" for a line the catalogue does not know, taken as a 项
  level: 1 | 2 | 3;
}

/**
 * Lines placed in the classification by their names, in order; undefined when the list does not open
 * with a 类, a name fits two levels, or a line the catalogue lacks has no 款 above it.
 */
export function placeByName(lines: NamedLine[], scheme: '2' | '3'): { placed: Placed[]; uncertain: Set<number> } | undefined {
  const dict = codes();
  const tops = dict.children('').filter((r) => r.code[0] === scheme);
  const uncertain = new Set<number>();
  const placed: Placed[] = [];
  let cls: Placed | undefined;
  let kuan: Placed | undefined;
  let unknown = 0;
  for (const line of lines) {
    const key = normalizeKey(line.name);
    if (!key) {
      if (line.figures) return undefined; // figures without a name: not a list we can read
      continue;
    }
    const asClass = tops.filter((r) => r.code !== cls?.code && dict.nameKeys(r.code).includes(key)).map((r) => r.code);
    const asKuan = cls ? childNamed(dict, cls.code, 5, key).filter((c) => c !== kuan?.code) : [];
    const asItem = kuan && scheme === '2' ? itemOf(dict, kuan.code, key) : [];
    const found = [...asClass, ...asKuan, ...asItem];
    // A name fitting two levels is not read; two codes of one level under one parent (a catalogue
    // listing an old and a new code for it) place the line all the same.
    if (new Set(found.map((c) => c.length)).size > 1) return undefined;
    if (!placed.length && !asClass.length) return undefined; // the list must open with a 类
    if (found.length) {
      const code = found[0];
      const p: Placed = { index: line.index, code, level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3 };
      if (p.level === 1) [cls, kuan] = [p, undefined];
      if (p.level === 2) kuan = p;
      placed.push(p);
      continue;
    }
    if (!kuan || scheme !== '2') return undefined; // an unknown line with no 款 above it: its level is anyone's guess
    unknown++;
    for (const r of [kuan, cls]) if (r) uncertain.add(r.index);
    uncertain.add(-1);
    placed.push({ index: line.index, code: `${kuan.code}#${unknown}`, level: 3 });
  }
  return placed.some((p) => p.level === 1) ? { placed, uncertain } : undefined;
}

function classify(view: TableView, scheme: '2' | '3'): NamedHierarchy | undefined {
  const lines = view.rows.filter((r) => !r.total).map((r) => ({ index: r.index, name: r.name, figures: r.values.some(Boolean) }));
  const read = placeByName(lines, scheme);
  if (!read) return undefined;
  const at = new Map(read.placed.map((p) => [p.index, p]));
  const rows: Row[] = view.rows.map((r) => {
    const p = at.get(r.index);
    return p ? { ...r, code: p.code, level: p.level } : r;
  });
  return { view: { ...view, rows, codeKind: scheme === '2' ? 'function' : 'economic', codesFromNames: true }, uncertain: read.uncertain };
}

const CACHE = new WeakMap<DisclosureDocument, NamedHierarchy[]>();

/** The uncoded classification tables of a document, with codes read from their line names. */
export function namedHierarchies(doc: DisclosureDocument): NamedHierarchy[] {
  const hit = CACHE.get(doc);
  if (hit) return hit;
  const out: NamedHierarchy[] = [];
  for (const view of tableViews(doc)) {
    if (view.codeKind || view.unitBlock || !view.role || !LIST_ROLES.has(view.role) || view.blocks.length !== 1 || view.blocks[0].label < 0)
      continue;
    const read = classify(view, '2') ?? classify(view, '3');
    if (read) out.push(read);
  }
  CACHE.set(doc, out);
  return out;
}

/**
 * A sum over a hierarchy read from names that includes a line the catalogue does not know: it may be
 * a 款 the catalogue lacks, so a mismatch there says nothing about the document.
 */
export function guessed(f: FindingDraft, uncertain: boolean): FindingDraft {
  if (!uncertain || f.status !== 'fail') return f;
  return { ...f, status: 'unverifiable', messageId: 'namedLevels' };
}
