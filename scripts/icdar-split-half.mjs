// ICDAR 2013 split-half: is the detector's score a property of its tolerances tuned on these very
// documents? The development set is split in two by sorted file name, alternating (even places = half A,
// odd = half B). On one half the table settings (lib/layout/settings.ts) are chosen by a coordinate
// search over a few values each, scored with ../shared/bench/score_tables.py; the chosen settings are
// then scored on the other half, and the same the other way round. "Pooled unseen" adds the relation
// counts of both unseen halves. Run by `npm run bench:tables -- --split-half`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Values tried per setting; the first listed setting value is the default (DEFAULT_TABLE_SETTINGS). */
export const CANDIDATES = {
  snapTolerance: [2, 1, 3],
  intersectionTolerance: [3, 2, 4],
  wordGapEm: [0.75, 0.5, 1],
  columnGapMinPt: [4, 3, 6],
  columnGapNoiseRatio: [0.08, 0.05, 0.12],
  streamMaxRowGapRatio: [2.6, 2, 3.2],
};

const f1 = ({ correct, gt, pred }) => {
  const p = pred ? correct / pred : 0;
  const r = gt ? correct / gt : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const pool = (counts, docs) =>
  docs.reduce((t, d) => ({ correct: t.correct + counts[d].correct, gt: t.gt + counts[d].gt, pred: t.pred + counts[d].pred }), {
    correct: 0,
    gt: 0,
    pred: 0,
  });
const round = (x) => Number(x.toFixed(4));

export async function runSplitHalf({ root, icdar, scorer, loadPages, detectTables }) {
  const docs = readdirPdfs(icdar);
  const halves = { A: docs.filter((_, i) => i % 2 === 0), B: docs.filter((_, i) => i % 2 === 1) };
  const pages = new Map();
  for (const d of docs) pages.set(d, await loadPages(join(icdar, `${d}.pdf`)));
  const tmp = join(root, 'bench/out/icdar-split');
  const cache = new Map();
  /** Per-document relation counts (correct / gt / pred) of one setting, over the whole development set. */
  const countsOf = (settings) => {
    const key = JSON.stringify(settings);
    if (cache.has(key)) return cache.get(key);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    for (const d of docs) {
      const tables = pages.get(d).flatMap((p) => detectTables(p, settings));
      writeFileSync(
        join(tmp, `${d}.json`),
        JSON.stringify(tables.map((t) => ({ page: t.page, rows: t.rows.map((r) => r.map((c) => c.text)) }))),
      );
    }
    const out = join(tmp, 'score.json');
    execFileSync('python3', [scorer, icdar, tmp, '--json', out], { encoding: 'utf8' });
    const perDoc = JSON.parse(readFileSync(out, 'utf8')).per_doc;
    cache.set(key, perDoc);
    return perDoc;
  };
  const defaults = Object.fromEntries(Object.entries(CANDIDATES).map(([k, v]) => [k, v[0]]));
  /** One pass of coordinate search on a half: each setting in turn takes its best value, the others held. */
  const tune = (half) => {
    let best = { ...defaults };
    let bestF1 = f1(pool(countsOf(best), half));
    for (const [name, values] of Object.entries(CANDIDATES)) {
      for (const v of values) {
        const trial = { ...best, [name]: v };
        const score = f1(pool(countsOf(trial), half));
        if (score > bestF1 + 1e-9) [best, bestF1] = [trial, score];
      }
    }
    return { settings: best, tunedF1: bestF1 };
  };
  const directions = [];
  const unseen = { correct: 0, gt: 0, pred: 0 };
  for (const [tuneOn, scoreOn] of [
    ['A', 'B'],
    ['B', 'A'],
  ]) {
    const { settings, tunedF1 } = tune(halves[tuneOn]);
    const counts = pool(countsOf(settings), halves[scoreOn]);
    for (const k of Object.keys(unseen)) unseen[k] += counts[k];
    directions.push({
      tuned_on: tuneOn,
      scored_on: scoreOn,
      changed_settings: Object.fromEntries(Object.entries(settings).filter(([k, v]) => defaults[k] !== v)),
      tuned_half_f1: round(tunedF1),
      unseen_half_f1: round(f1(counts)),
      unseen_half_f1_with_defaults: round(f1(pool(countsOf(defaults), halves[scoreOn]))),
      unseen_relations: counts,
    });
  }
  const whole = pool(countsOf(defaults), docs);
  return {
    split: 'sorted file names, alternating: even places = half A, odd = half B',
    half_A: halves.A,
    half_B: halves.B,
    candidates: CANDIDATES,
    settings_evaluated: cache.size,
    directions,
    pooled_unseen_f1: round(f1(unseen)),
    pooled_unseen_relations: unseen,
    whole_development_set_f1_defaults: round(f1(whole)),
    whole_development_set_relations: whole,
  };
}

function readdirPdfs(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => f.slice(0, -4))
    .sort();
}
