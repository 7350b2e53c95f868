// English queries ("basic expenditure", "what are the three public expenses"): every entry's
// English names and gloss, matched word by word (light stemming), names weighing more than the gloss.
import type { GlossaryEntry } from './types';

const STOP = new Set(
  'a an the of and or in on for to by with from at as is are what whats does do mean means meaning between difference which how its it this that be'.split(
    ' ',
  ),
);
const NAME_WEIGHT = 3;
/** Share of the query's words an answer must cover. */
const MIN_COVER = 0.6;

export function englishWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) =>
      w
        .replace(/(ies)$/, 'y')
        .replace(/(es|s)$/, '')
        .replace(/ure$/, ''),
    );
}

export function createEnglishIndex(entries: readonly GlossaryEntry[]) {
  const items = entries.map((e) => ({
    id: e.id,
    names: (e.enNames ?? []).map((n) => new Set(englishWords(n))),
    gloss: new Set(englishWords(e.en)),
  }));
  return {
    search(query: string, limit: number): { id: string; similarity: number }[] {
      const words = [...new Set(englishWords(query))];
      if (!words.length) return [];
      return items
        .map((it) => {
          // Best single name: how much of the query it covers and how much of it the query covers.
          const name = Math.max(
            0,
            ...it.names.map((n) => {
              const hit = words.filter((w) => n.has(w)).length;
              return n.size ? (hit / words.length) * (hit / n.size) : 0;
            }),
          );
          const gloss = words.filter((w) => it.gloss.has(w)).length / words.length;
          const cover = Math.max(name > 0 ? Math.sqrt(name) : 0, gloss);
          return { id: it.id, similarity: (NAME_WEIGHT * name + gloss) / (NAME_WEIGHT + 1), cover };
        })
        .filter((x) => x.cover >= MIN_COVER && x.similarity > 0)
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, limit)
        .map(({ id, similarity }) => ({ id, similarity }));
    },
  };
}
