// Says where a document's own glossary entry contradicts the reference in substance:
// a government level that is not the document's (省级 in a city document — the seed's residue),
// a classification name the catalogue had already replaced in the document's year, and the
// codes an entry's 类/款/项 name path explains, for comparison with the codes in the tables.
import type { DocGlossaryEntry } from './document-glossary';
import { createGlossary, type Glossary } from './glossary';
import { resolveNamePath, splitNamePath, type NamePathStep } from './name-path';
import { normalizeKey } from './normalize';
import type { GlossaryEntry, ResolvedCode } from './types';

export type GovLevel = 'province' | 'city' | 'county';

export interface CompareContext {
  /** The publishing government's level (DocumentInfo.level). */
  level?: GovLevel;
  /** The document's budget year (DocumentInfo.year). */
  year?: number;
  /** The publisher (DocumentInfo.department): in 北京/上海/天津/重庆 the province-level finance is 市级. */
  department?: string;
}

export type Contradiction =
  | { kind: 'government-level'; said: GovLevel; expected: GovLevel; quote: string; start: number; end: number }
  | { kind: 'outdated-name'; code: string; said: string; current: string; year: number };

export interface ReferenceComparison {
  /** The reference entry the document's term matches, if any. */
  reference?: GlossaryEntry;
  /** Name-path steps (类/款/项) with the codes they resolve to; empty for plain terms. */
  path: NamePathStep[];
  /** The deepest resolved code of the path, named for the document's year. */
  codes: ResolvedCode[];
  contradictions: Contradiction[];
}

/** Phrases naming where fiscal money comes from; offsets are within the definition. */
const LEVEL_WORDS: { re: RegExp; level: GovLevel }[] = [
  { re: /省(?:级|本级)?财政|省级/gu, level: 'province' },
  { re: /(?<!上级|本级)市(?:级|本级)?财政|市级|市本级/gu, level: 'city' },
  { re: /[县区](?:级|本级)?财政|[县区]级|[县区]本级/gu, level: 'county' },
];
/** Only definitions of money sources and spending carry a level claim worth checking. */
const LEVEL_CHECKED_CATEGORIES = new Set(['income', 'carryover', 'expenditure', 'three-public-costs', 'operations']);
const LEVEL_ZH: Record<GovLevel, string> = { province: '省级', city: '市级', county: '县（区）级' };
const MUNICIPALITY = /^(北京|上海|天津|重庆)市/u;

let shared: Glossary | undefined;

export function compareWithReference(
  docEntry: Pick<DocGlossaryEntry, 'term' | 'definition'>,
  ctx: CompareContext = {},
  glossary: Glossary = (shared ??= createGlossary()),
): ReferenceComparison {
  const contradictions: Contradiction[] = [];
  const top = glossary.lookup(docEntry.term, { limit: 1, year: ctx.year })[0];
  const reference = top && top.matchedBy !== 'fuzzy' && !top.code ? top.entry : undefined;

  // 1. Government level: a money-source definition naming another level's finance.
  if (ctx.level && reference && LEVEL_CHECKED_CATEGORIES.has(reference.category)) {
    const own = new Set<GovLevel>([ctx.level]);
    if (ctx.level === 'province' && MUNICIPALITY.test(ctx.department ?? '')) own.add('city');
    for (const { re, level } of LEVEL_WORDS) {
      if (own.has(level)) continue;
      for (const m of docEntry.definition.matchAll(re)) {
        contradictions.push({
          kind: 'government-level',
          said: level,
          expected: ctx.level,
          quote: m[0],
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    }
  }

  // 2. Name path → codes, and names the catalogue had replaced by the document's year.
  const path = splitNamePath(docEntry.term).length ? resolveNamePath(docEntry.term, glossary.codes) : [];
  const codes: ResolvedCode[] = [];
  const deepest = [...path].reverse().find((s) => s.code);
  if (deepest?.code) codes.push(glossary.codes.resolve(deepest.code, ctx.year) ?? fromDocument(deepest, path));
  if (ctx.year !== undefined) {
    for (const step of path) {
      if (!step.code) continue;
      const now = glossary.codes.resolve(step.code, ctx.year);
      const rec = glossary.codes.record(step.code);
      const said = normalizeKey(step.name);
      const older = rec?.names.find((n) => n.years && n.years[1] !== null && n.years[1] < ctx.year! && sameName(n.name, said));
      if (now && older && !sameName(now.name, said)) {
        contradictions.push({ kind: 'outdated-name', code: step.code, said: step.name, current: now.name, year: ctx.year });
      }
    }
  }
  return { ...(reference ? { reference } : {}), path, codes, contradictions };
}

/** A code the path implies (其他… → 99) but the dictionary does not hold: named as the document names it. */
function fromDocument(step: NamePathStep, path: NamePathStep[]): ResolvedCode {
  const code = step.code!;
  return {
    code,
    scheme: 'func',
    level: step.level,
    name: step.name,
    path: path.filter((s) => s.code && code.startsWith(s.code)).map((s) => ({ code: s.code!, level: s.level, name: s.name })),
    years: null,
    renames: [],
    inferred: true,
    sources: ['document'],
  };
}

const sameName = (a: string, b: string) => {
  const strip = (s: string) => normalizeKey(s).replace(/支出$/u, '');
  return strip(a) === strip(b);
};

/** One line per contradiction, for reports. */
export function describeContradiction(c: Contradiction): { zh: string; en: string } {
  if (c.kind === 'government-level') {
    return {
      zh: `名词解释称资金来自“${c.quote}”，但本文件是${LEVEL_ZH[c.expected]}文件，应为本级财政。`,
      en: `The definition names "${c.quote}" (${c.said} level) as the source, but this is a ${c.expected}-level document.`,
    };
  }
  return {
    zh: `科目${c.code}在${c.year}年已称“${c.current}”，文中仍用旧名“${c.said}”。`,
    en: `Code ${c.code} was named "${c.current}" in ${c.year}; the text still uses the old name "${c.said}".`,
  };
}
