// The classification-code dictionary (assets/codes/*.json, built by scripts/harvest-codes.mjs):
// reads a code in any printed form, resolves it to its name in a given year with its 类/款/项
// path, and finds codes by a printed name.
import funcCodes from '../../assets/codes/function.json';
import econDeptCodes from '../../assets/codes/economic-dept.json';
import econGovCodes from '../../assets/codes/economic-gov.json';
import { normalizeKey, toHalfWidth } from './normalize';
import type { CodeLevel, CodeRecord, CodeScheme, ResolvedCode, YearRange } from './types';

/** Regular 项 suffixes inside a 款 (domain notes §A.5); 99 is built from the 款 name. */
const REGULAR_ITEM_SUFFIXES: Record<string, string> = { '01': '行政运行', '02': '一般行政管理事务', '03': '机关服务', '50': '事业运行' };
const OTHER_SUFFIX = '99';

const FIRST3 = /^(2[0-3]\d|30\d|31[0-3]|399|50\d|51[0-4]|599)$/;

export function schemeOf(code: string): CodeScheme {
  return code[0] === '2' ? 'func' : code[0] === '3' ? 'econ_dept' : 'econ_gov';
}

export function levelOf(code: string): CodeLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

export class CodeDictionary {
  private readonly byCode = new Map<string, CodeRecord>();
  /** normalised name → codes carrying it (any year). */
  private readonly byName = new Map<string, string[]>();
  /** parent code ('' for 类) → child records, for name-path resolution. */
  private readonly childrenOf = new Map<string, CodeRecord[]>();
  /** code → its names, normalised once. */
  private readonly keys = new Map<string, string[]>();

  constructor(records: CodeRecord[] = allRecords()) {
    for (const r of records) {
      this.byCode.set(r.code, r);
      const parent = r.code.length === 3 ? '' : r.code.slice(0, r.code.length - 2);
      this.childrenOf.set(parent, [...(this.childrenOf.get(parent) ?? []), r]);
      this.keys.set(
        r.code,
        r.names.map((n) => normalizeKey(n.name)),
      );
      for (const n of r.names) {
        const key = normalizeKey(n.name);
        const list = this.byName.get(key) ?? [];
        if (!list.includes(r.code)) list.push(r.code);
        this.byName.set(key, list);
      }
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  record(code: string): CodeRecord | undefined {
    return this.byCode.get(code);
  }

  records(): IterableIterator<CodeRecord> {
    return this.byCode.values();
  }

  /** Records one level below `parent` ('' for the 类 level). */
  children(parent: string): readonly CodeRecord[] {
    return this.childrenOf.get(parent) ?? [];
  }

  /** A code's names (all years), normalised with normalizeKey. */
  nameKeys(code: string): readonly string[] {
    return this.keys.get(code) ?? [];
  }

  /** Codes whose name (in some year) is exactly this printed name. */
  codesNamed(name: string): string[] {
    return this.byName.get(normalizeKey(name)) ?? [];
  }

  /** The name a code had in `year` (newest when no year), or an inferred one for regular 项. */
  resolve(code: string, year?: number): ResolvedCode | undefined {
    if (!/^\d{3}(\d{2}){0,2}$/.test(code) || !FIRST3.test(code.slice(0, 3))) return undefined;
    const rec = this.byCode.get(code);
    let name: string | undefined;
    let years: YearRange | null = null;
    let inferred = false;
    let renames: ResolvedCode['renames'] = [];
    if (rec) {
      const chosen = pickName(rec, year);
      name = chosen.name;
      years = chosen.years;
      renames = rec.names.filter((n) => n !== chosen).map((n) => ({ name: n.name, years: n.years }));
    } else {
      name = this.inferName(code, year);
      inferred = name !== undefined;
    }
    if (name === undefined) return undefined;
    return {
      code,
      scheme: schemeOf(code),
      level: levelOf(code),
      name,
      path: this.path(code, year),
      years,
      renames,
      ...(inferred ? { inferred: true } : {}),
      sources: rec?.sources ?? ['rule'],
    };
  }

  /** 类 → 款 → 项 steps down to `code`; an unknown level has a null name. */
  path(code: string, year?: number): ResolvedCode['path'] {
    const steps: ResolvedCode['path'] = [];
    for (const len of [3, 5, 7]) {
      if (code.length < len) break;
      const c = code.slice(0, len);
      const rec = this.byCode.get(c);
      steps.push({ code: c, level: levelOf(c), name: rec ? pickName(rec, year).name : (this.inferName(c, year) ?? null) });
    }
    return steps;
  }

  private inferName(code: string, year?: number): string | undefined {
    if (code.length !== 7 || code[0] !== '2') return undefined;
    const parent = this.byCode.get(code.slice(0, 5));
    if (!parent) return undefined;
    const suffix = code.slice(5);
    if (REGULAR_ITEM_SUFFIXES[suffix]) return REGULAR_ITEM_SUFFIXES[suffix];
    if (suffix === OTHER_SUFFIX) return `其他${pickName(parent, year).name.replace(/支出$/, '')}支出`;
    return undefined;
  }
}

function pickName(rec: CodeRecord, year?: number): CodeRecord['names'][number] {
  if (year === undefined) return rec.names[0];
  const within = rec.names.filter((n) => n.years && n.years[0] <= year && (n.years[1] === null || year <= n.years[1]));
  if (within.length) return within.sort((a, b) => b.evidenceCount - a.evidenceCount)[0];
  // Nearest dated name; undated names only when nothing is dated.
  const dated = rec.names.filter((n) => n.years);
  if (!dated.length) return rec.names[0];
  const gap = (n: CodeRecord['names'][number]) => {
    const [a, b] = n.years!;
    return year < a ? a - year : b === null ? 0 : year - b;
  };
  return dated.sort((a, b) => gap(a) - gap(b) || b.evidenceCount - a.evidenceCount)[0];
}

function allRecords(): CodeRecord[] {
  return [...funcCodes, ...econDeptCodes, ...econGovCodes] as CodeRecord[];
}

// ---- printed forms ----

/** What a query looks like when it is a code: the digits, and the name printed after them if any. */
export interface ParsedCode {
  code: string;
  printedName?: string;
}

const BRACKETED = /^[[【(（]?\s*(\d{3})(?:[\s\-－.·]*(\d{2}))?(?:[\s\-－.·]*(\d{2}))?\s*[\]】)）]?\s*[-－:：]?\s*(.*)$/u;
const LEVEL_MARKED = /(\d{3})\s*类/u;
/** "2019年", "201人", "300万元" are quantities, not codes with a name. */
const QUANTITY_WORD = /^(年|月|日|万|元|亿|千|个|人|次|项|辆|台|家|名|号|条|件|份|户|天|多|余|平方)/u;

/**
 * Reads "2010301", "201 03 01", "201-03-01", "[2010301]行政运行", "2010301-行政运行",
 * "（204类）司法（06款）行政运行（01项）" and "204类06款01项" into a code.
 */
export function parseCodeQuery(query: string): ParsedCode | undefined {
  const q = toHalfWidth(query).trim();
  const marked = LEVEL_MARKED.exec(q);
  if (marked) {
    const kuan = /(\d{2})\s*款/u.exec(q.slice(marked.index));
    const xiang = kuan ? /(\d{2})\s*项/u.exec(q.slice(marked.index)) : null;
    const code = marked[1] + (kuan?.[1] ?? '') + (xiang?.[1] ?? '');
    const printedName = q.replace(/[（(]?\d{2,3}\s*[类款项][）)]?/gu, '').trim();
    return FIRST3.test(marked[1]) ? { code, ...(printedName ? { printedName } : {}) } : undefined;
  }
  const m = BRACKETED.exec(q);
  if (!m) return undefined;
  const code = m[1] + (m[2] ?? '') + (m[3] ?? '');
  if (!FIRST3.test(m[1])) return undefined;
  // A 3-digit number alone with nothing else must still be a code query; one followed by text
  // that is not a name (e.g. "201人") is not.
  const rest = m[4].trim();
  if (rest && (!/^[\u4e00-\u9fff]/u.test(rest) || rest.length < 2 || QUANTITY_WORD.test(rest))) return undefined;
  return { code, ...(rest ? { printedName: rest } : {}) };
}
