// createGlossary(): the reference terms and the code dictionary behind one look-up API —
// exact and alias matches first, codes in any printed form, fuzzy (fuse.js) after — and
// findTerms(), which marks recognised terms and codes in running text in one pass.
import { CodeDictionary, parseCodeQuery } from './codes';
import { createFuzzyIndex } from './fuzzy';
import { createEnglishIndex } from './english';
import { resolveNamePath, splitNamePath } from './name-path';
import { normalizeKey } from './normalize';
import { REFERENCE_TERMS } from './terms';
import { createTermMarker } from './text-marks';
import { toSimplified } from './traditional';
import type { GlossaryEntry, LookupHit, ResolvedCode, TermMark } from './types';

/** Scores by kind of match; fuzzy scores are scaled below every exact kind. */
const SCORE = { exact: 1, code: 1, alias: 0.95, codeName: 0.9, fuzzyMax: 0.85 } as const;
const DEFAULT_LIMIT = 5;
const LEVEL_EN = { 类: 'class', 款: 'section', 项: 'item' } as const;
const LATIN = /^[\sA-Za-z'’,.?()-]+$/;
const QUESTION = /什么|区别|不同|含义|意思|怎么|如何|何为|是指|吗|呢|[？?]/;
const QUESTION_WORDS =
  /什么是|什么叫|是什么意思|是什么|指什么|有什么区别|的区别|区别|有什么不同|有何不同|的不同|的含义|含义|什么意思|的意思|怎么理解|如何理解|何为|是指|包括哪些|包括什么|怎么算|吗|呢|[？?]/g;

export interface LookupOptions {
  limit?: number;
  /** Year of the document, for codes whose names changed (2019 renames). */
  year?: number;
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  readonly codes: CodeDictionary;
  lookup(query: string, options?: LookupOptions): LookupHit[];
  /** A reference entry by id; "code:2010301" builds the code's entry. */
  entry(id: string, year?: number): GlossaryEntry | undefined;
  /** A code in any printed form (digits, "201 03 01", "[2010301]…", "（204类）…（06款）…", name path). */
  resolveCode(query: string, year?: number): ResolvedCode | undefined;
  findTerms(text: string): TermMark[];
}

export function createGlossary(entries: readonly GlossaryEntry[] = REFERENCE_TERMS, codes = new CodeDictionary()): Glossary {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const exact = new Map<string, string[]>();
  const alias = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, id: string) => {
    const list = m.get(k) ?? [];
    if (!list.includes(id)) list.push(id);
    m.set(k, list);
  };
  for (const e of entries) {
    push(exact, normalizeKey(e.term), e.id);
    for (const a of [...e.aliases, ...(e.enNames ?? [])]) push(alias, normalizeKey(a), e.id);
  }
  const termsForCode = new Map<string, GlossaryEntry[]>();
  for (const e of entries) for (const c of e.codes ?? []) termsForCode.set(c, [...(termsForCode.get(c) ?? []), e]);

  const fuzzy = createFuzzyIndex(entries);
  const english = createEnglishIndex(entries);
  const marker = createTermMarker(entries, codes, (printed) => resolveCode(printed));

  function resolveCode(query: string, year?: number): ResolvedCode | undefined {
    const parsed = parseCodeQuery(query);
    if (parsed) return codes.resolve(parsed.code, year);
    if (splitNamePath(query).length) {
      const steps = resolveNamePath(query, codes);
      const deepest = [...steps].reverse().find((s) => s.code);
      if (deepest?.code) return codes.resolve(deepest.code, year);
    }
    return undefined;
  }

  function codeEntry(rc: ResolvedCode): GlossaryEntry {
    // A term explains a code only when it names that code (30217 公务接待费); a term that merely
    // groups the code (“三公”经费 for 30217) is named as its group, never as its explanation.
    const names = new Set([rc.name, ...rc.renames.map((r) => r.name)].map(normalizeKey));
    const terms = termsForCode.get(rc.code) ?? [];
    const own = terms.filter((t) => [t.term, ...t.aliases].some((n) => names.has(normalizeKey(n))));
    const groups = terms.filter((t) => !own.includes(t));
    const linked = own.length ? own : terms.length ? undefined : regularItemTerm(rc);
    const scheme = rc.scheme === 'func' ? '支出功能分类' : rc.scheme === 'econ_dept' ? '部门预算支出经济分类' : '政府预算支出经济分类';
    const pathText = rc.path.map((s) => `${s.code} ${s.name ?? '（未收录）'}`).join(' → ');
    const older = rc.renames.filter((r) => r.years).map((r) => `“${r.name}”（${r.years![0]}–${r.years![1] ?? '今'}）`);
    const zh = [
      `${scheme}${rc.level}级科目 ${rc.code}“${rc.name}”（${pathText}）。`,
      older.length ? `该编码的其他名称：${older.join('、')}。` : '',
      rc.inferred ? '名称按该款下项级科目的通用尾号推定。' : '',
      linked?.[0]?.zh ?? '',
      groups.length ? `属于${groups.map((g) => (/[“”]/.test(g.term) ? g.term : `“${g.term}”`)).join('、')}。` : '',
    ].join('');
    return {
      id: `code:${rc.code}`,
      term: rc.name,
      aliases: rc.renames.map((r) => r.name),
      zh,
      en: [
        linked?.[0]?.en ??
          `${rc.scheme === 'func' ? 'Function' : 'Economic'} classification, ${LEVEL_EN[rc.level]} ${rc.code} (${rc.name}).`,
        groups.length ? ` Part of ${groups.map((g) => g.enNames?.[0] ?? g.id).join(', ')}.` : '',
      ].join(''),
      category: 'code',
      ...(linked?.length || groups.length ? { related: [...(linked ?? []), ...groups].map((t) => t.id) } : {}),
      codes: [rc.code],
    };
  }

  function regularItemTerm(rc: ResolvedCode): GlossaryEntry[] | undefined {
    if (rc.scheme !== 'func' || rc.level !== '项') return undefined;
    const hit = exact.get(normalizeKey(rc.name));
    return hit ? hit.map((id) => byId.get(id)!).filter((e) => e.category === 'classification') : undefined;
  }

  function lookup(query: string, options: LookupOptions = {}): LookupHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const q = query.trim();
    if (!q) return [];
    const hits: LookupHit[] = [];
    const seen = new Set<string>();
    const add = (entry: GlossaryEntry, score: number, matchedBy: LookupHit['matchedBy'], code?: ResolvedCode) => {
      if (seen.has(entry.id)) return;
      seen.add(entry.id);
      hits.push({ entry, score, matchedBy, ...(code ? { code } : {}) });
    };
    const simplified = toSimplified(q);
    // "基本支出和人员经费的区别", "什么是三公经费？": the terms asked about, first mentioned first.
    const question = QUESTION.test(simplified);
    const key = normalizeKey(question ? simplified.replace(QUESTION_WORDS, '') : simplified);

    const rc = resolveCode(simplified, options.year);
    if (rc) add(codeEntry(rc), SCORE.code, 'code', rc);
    for (const id of exact.get(key) ?? []) add(byId.get(id)!, SCORE.exact, 'exact');
    for (const id of alias.get(key) ?? []) add(byId.get(id)!, SCORE.alias, 'alias');
    for (const c of codes.codesNamed(key)) {
      const r = codes.resolve(c, options.year);
      if (r) add(codeEntry(r), SCORE.codeName, 'exact', r);
    }
    // "行政经费（机关运行经费）": a term with its synonym in brackets; either part may be the known one.
    const bracketed = /^(.+?)（(.+)）$/u.exec(key);
    if (!hits.length && bracketed) {
      for (const part of [bracketed[2], bracketed[1]]) {
        for (const id of exact.get(part) ?? []) add(byId.get(id)!, SCORE.alias, 'alias');
        for (const id of alias.get(part) ?? []) add(byId.get(id)!, SCORE.alias, 'alias');
      }
    }
    // A longer phrase holding a known term ("一般公共预算“三公”经费支出表"): the head noun comes
    // last in Chinese, so the term ending last wins, then the longest.
    if (!hits.length) {
      const inside = marker
        .termsInside(key)
        .sort((a, b) => (question ? a.start - b.start : b.end - a.end) || b.end - b.start - (a.end - a.start));
      for (const m of inside) add(byId.get(m.entryId)!, SCORE.fuzzyMax * ((m.end - m.start) / key.length), 'fuzzy');
    }
    // An exact answer is never followed by fuzzy look-alikes (三公经费 → 公用经费, 办公费): only
    // when nothing matched exactly does the fuzzy index answer.
    if (!hits.length && LATIN.test(q)) {
      for (const r of english.search(q, limit)) add(byId.get(r.id)!, SCORE.fuzzyMax * r.similarity, 'fuzzy');
    }
    if (!hits.length) {
      for (const r of fuzzy.search(key, limit)) add(byId.get(r.id)!, SCORE.fuzzyMax * r.similarity, 'fuzzy');
    }
    return hits.slice(0, limit);
  }

  function entry(id: string, year?: number): GlossaryEntry | undefined {
    if (id.startsWith('code:')) {
      const rc = codes.resolve(id.slice(5), year);
      return rc ? codeEntry(rc) : undefined;
    }
    return byId.get(id);
  }

  return { entries, codes, lookup, entry, resolveCode, findTerms: (text: string): TermMark[] => marker.findTerms(text) };
}
