// Tables that print no classification codes (杭州's 支出预算总表, 一般公共预算支出表, 基本支出表…): each
// line's 类 / 款 / 项 read from its name, in order, against the classification catalogue
// (assets/codes). A 类 is known by name (the list is closed); a 款 must be a catalogue child of the
// 类 above it; a 项 a child of the 款 above it or a regular 项 (行政运行, 其他…支出). A line the
// catalogue does not know, under a 款, is taken as one of its 项, and every sum that line enters
// (its 款, its 类, the 合计) is marked uncertain: there it could be a 款 the catalogue lacks.
import { CodeDictionary, normalizeKey } from '../../glossary';
import { tableViews, type Row, type TableView } from '../../tables';
import type { DisclosureDocument } from '../../model';

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

function classify(view: TableView, scheme: '2' | '3'): NamedHierarchy | undefined {
  const dict = codes();
  const tops = dict.children('').filter((r) => r.code[0] === scheme);
  const uncertain = new Set<number>();
  const rows: Row[] = [];
  let cls: Row | undefined;
  let kuan: Row | undefined;
  let unknown = 0;
  for (const row of view.rows) {
    if (row.total) {
      rows.push(row);
      continue;
    }
    const key = normalizeKey(row.name);
    if (!key) {
      if (row.values.some(Boolean)) return undefined; // figures without a name: not a list we can read
      rows.push(row);
      continue;
    }
    const asClass = tops.filter((r) => r.code !== cls?.code && dict.nameKeys(r.code).includes(key)).map((r) => r.code);
    const asKuan = cls ? childNamed(dict, cls.code!, 5, key).filter((c) => c !== kuan?.code) : [];
    const asItem = kuan && scheme === '2' ? itemOf(dict, kuan.code!, key) : [];
    const found = [...asClass, ...asKuan, ...asItem];
    // A name fitting two levels is not read; two codes of one level under one parent (a catalogue
    // listing an old and a new code for it) place the line all the same.
    if (new Set(found.map((c) => c.length)).size > 1) return undefined;
    if (!rows.some((r) => r.level) && !asClass.length) return undefined; // the list must open with a 类
    if (found.length) {
      const code = found[0];
      const level = code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
      const named = { ...row, code, level } as Row;
      if (level === 1) [cls, kuan] = [named, undefined];
      if (level === 2) kuan = named;
      rows.push(named);
      continue;
    }
    if (!kuan || scheme !== '2') return undefined; // an unknown line with no 款 above it: its level is anyone's guess
    unknown++;
    for (const r of [kuan, cls]) if (r) uncertain.add(r.index);
    uncertain.add(-1);
    rows.push({ ...row, code: `${kuan.code}#${unknown}`, level: 3 });
  }
  if (!rows.some((r) => r.level === 1)) return undefined;
  return { view: { ...view, rows, codeKind: scheme === '2' ? 'function' : 'economic', codesFromNames: true }, uncertain };
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
