// The fuzzy stage of a look-up: fuse.js over the entries that share enough characters with the
// query (a character index narrows ~700 strings to a handful, which keeps a look-up well under
// 1 ms). It answers only when nothing matched exactly (lib/glossary/glossary.ts).
import Fuse from 'fuse.js';
import { normalizeKey } from './normalize';
import type { GlossaryEntry } from './types';

/** fuse.js threshold (0 = exact … 1 = anything); 0.4 accepts one wrong character in four. */
const FUZZY_THRESHOLD = 0.4;
/** Share of the query's distinct characters an entry must contain to be a candidate. */
const MIN_SHARED_CHARS = 0.5;
const MAX_CANDIDATES = 12;
const FUSE_OPTIONS = {
  keys: [
    { name: 'term', weight: 2 },
    { name: 'aliases', weight: 1 },
  ],
  includeScore: true,
  threshold: FUZZY_THRESHOLD,
  ignoreLocation: true,
};

interface Item {
  id: string;
  term: string;
  aliases: string[];
}

export interface FuzzyIndex {
  /** Typos and partial names, ranked by fuse.js; similarity 0..1 (1 = identical). */
  search(key: string, limit: number): { id: string; similarity: number }[];
}

export function createFuzzyIndex(entries: readonly GlossaryEntry[]): FuzzyIndex {
  const items: Item[] = entries.map((e) => ({ id: e.id, term: normalizeKey(e.term), aliases: e.aliases.map(normalizeKey) }));
  const charIndex = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const ch of new Set([...item.term, ...item.aliases.join('')])) charIndex.set(ch, [...(charIndex.get(ch) ?? []), i]);
  });

  const candidatesFor = (key: string): Item[] => {
    const chars = new Set(key);
    const shared = new Map<number, number>();
    for (const ch of chars) for (const i of charIndex.get(ch) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(chars.size * MIN_SHARED_CHARS));
    return [...shared]
      .filter(([, n]) => n >= need)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([i]) => items[i]);
  };

  return {
    search(key, limit) {
      const candidates = candidatesFor(key);
      if (!candidates.length) return [];
      return new Fuse(candidates, FUSE_OPTIONS).search(key, { limit }).map((r) => ({ id: r.item.id, similarity: 1 - (r.score ?? 1) }));
    },
  };
}
