// One language per run, measured over the corpus (corpus/real; corpus/wide doubles the time for no new wording): a Chinese run prints no English word and an
// English run no Chinese outside what the document itself prints (tests/support/stray.ts says how
// quoted text is told apart). check (every finding, --all), compare (a real year pair) and
// glossary (the look-up set of tests/lib/glossary/lookups.ts) in both languages.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../lib/engine';
import { formatText } from '../../lib/report';
import type { Lang } from '../../lib/findings';
import { run as glossaryRun } from '../../lib/cli/commands/glossary';
import { compareDocuments } from '../../lib/compare';
import { formatComparison } from '../../lib/compare/format';
import { createGlossary } from '../../lib/glossary';
import { LOOKUPS } from '../lib/glossary/lookups';
import { readDocument, realCorpusDocuments } from '../support/corpus';
import { SHARED, hasShared } from '../support/paths';
import { documentText, strayWords } from '../support/stray';

const LANGS: Lang[] = ['zh', 'en'];

/** word → how many times, with one document it came from. */
type Tally = Map<string, { n: number; where: string }>;
const count = (t: Tally, words: string[], where: string) => {
  for (const w of words) t.set(w, { n: (t.get(w)?.n ?? 0) + 1, where: t.get(w)?.where ?? where });
};
const total = (t: Tally) => [...t.values()].reduce((s, x) => s + x.n, 0);
const show = (t: Tally) =>
  [...t]
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, 40)
    .map(([w, x]) => `${w} ×${x.n} (${x.where})`);

/** Stray words of one report, by where they come from: a rule's own text, or the report around it ("report"). */
function strayByRule(
  out: string,
  findings: { rule: string; message: string; formula: string; tolerance: string | null }[],
  lang: Lang,
  text: string,
  path: string,
): Map<string, string[]> {
  const by = new Map<string, string[]>();
  const add = (key: string, words: string[]) => words.length && by.set(key, [...(by.get(key) ?? []), ...words]);
  const parts = findings.flatMap((f) => [f.message, f.formula, f.tolerance ?? ''].filter(Boolean).map((part) => ({ rule: f.rule, part })));
  for (const { rule, part } of parts) add(rule, strayWords(part, lang, text));
  // Longest first, so that a short text inside a longer one does not break the longer one's removal.
  let rest = out;
  for (const { part } of [...parts].sort((a, b) => b.part.length - a.part.length)) rest = rest.split(part).join('');
  add(
    'report',
    strayWords(rest, lang, text, (l) => l === path),
  );
  return by;
}

describe.skipIf(!hasShared)('stray script over the corpus', () => {
  it('check: no English in a Chinese run, no Chinese outside the document in an English run', async () => {
    const stray: Record<Lang, Tally> = { zh: new Map(), en: new Map() };
    const rules: Record<Lang, Map<string, number>> = { zh: new Map(), en: new Map() };
    let documents = 0;
    for (const { path, doc } of await realCorpusDocuments()) {
      if (!doc) continue; // unreadable inputs have their own tests
      documents++;
      const text = documentText(doc);
      const name = path.slice(SHARED.length + 1);
      for (const lang of LANGS) {
        const report = checkDocument(doc, { lang });
        const out = formatText(report, { lang, color: false, passes: 'all' });
        for (const [rule, words] of strayByRule(out, report.findings, lang, text, path)) {
          count(
            stray[lang],
            words.map((w) => `${rule}: ${w}`),
            name,
          );
          rules[lang].set(rule, (rules[lang].get(rule) ?? 0) + words.length);
        }
      }
    }
    const report = (lang: Lang) =>
      `${lang} run ${total(stray[lang])} stray words in ${documents} documents, by source: ${[...rules[lang]].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`;
    console.log(report('zh'));
    console.log(report('en'));
    console.log('zh:', show(stray.zh).join('; '));
    console.log('en:', show(stray.en).join('; '));
    expect(documents).toBeGreaterThan(50);
    for (const lang of LANGS) expect(show(stray[lang]), `${lang} run`).toEqual([]);
  }, 900_000);

  it('glossary: the 80 look-ups answered in one language, terms and code names (document vocabulary) aside', async () => {
    const g = createGlossary();
    const vocabulary = [...g.entries.flatMap((e) => [e.term, ...e.aliases])];
    for (const [, id] of LOOKUPS)
      if (id.startsWith('code:')) for (const s of g.resolveCode(id.slice(5))?.path ?? []) vocabulary.push(s.name ?? '');
    const stray: Record<Lang, string[]> = { zh: [], en: [] };
    for (const lang of LANGS) {
      for (const [query] of LOOKUPS) {
        let out = '';
        const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (out += s), isTTY: false, color: false, lang };
        await glossaryRun([query, '--limit', '3'], io);
        const words = strayWords(out, lang, [query, ...vocabulary].join('\n').replace(/\s+/g, ''));
        stray[lang].push(...words.map((w) => `${query}: ${w}`));
      }
    }
    console.log(`glossary stray words: zh run ${stray.zh.length}, en run ${stray.en.length}`, stray.zh.slice(0, 10), stray.en.slice(0, 10));
    expect(stray).toEqual({ zh: [], en: [] });
  });

  it('compare: the 江苏 人大办公厅 2017 → 2018 pair in both languages, as text and Markdown', async () => {
    const dir = resolve(SHARED, 'corpus/real/jiangsu-open-budget');
    const [prior, current] = await Promise.all(
      ['js_rendaban_2017_budget.pdf', 'js_rendaban_2018_budget.pdf'].map((f) => readDocument(join(dir, f))),
    );
    const text = documentText(prior) + documentText(current);
    const counts: Record<string, number> = {};
    for (const lang of LANGS) {
      const comparison = compareDocuments(prior, current, { lang });
      for (const format of ['text', 'md'] as const) {
        const out = formatComparison(comparison, format, lang);
        const words = strayWords(out, lang, text, (l) => l.includes('.pdf'));
        counts[`${lang} ${format}`] = words.length;
        console.log(`compare ${lang} ${format} run: ${words.length} stray words`, [...new Set(words)].slice(0, 20));
        expect(words, `compare ${lang} ${format} run`).toEqual([]);
      }
    }
    expect(Object.keys(counts)).toEqual(['zh text', 'zh md', 'en text', 'en md']);
  }, 120_000);
});
