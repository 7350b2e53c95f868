// One matcher, one verdict: `dlens compare` and `dlens check --prior` give the same verdict on every
// cross-year claim of every year pair in ../shared/corpus/real, split years joined with "+" in both.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../lib/compare';
import { checkPath } from '../../../lib/cli/batch/check-one';
import { JIANGSU, SERIES, loadJoined } from './load';
import { findingKeys, readLedger } from '../../../bench/support/ledger';
import { yearPairs } from '../../../bench/support/year-pairs';

const REPO = resolve(__dirname, '../../..');
const LEDGER_PAIRS = yearPairs(REPO);

const spec = (files: string) =>
  files
    .split('+')
    .map((f) => resolve(JIANGSU, f))
    .join('+');
const PAIRS = Object.keys(SERIES).flatMap(
  (dept) =>
    [
      [dept, 2017, 2018],
      [dept, 2018, 2019],
    ] as [string, number, number][],
);

describe('compare and check --prior agree', () => {
  it.each(PAIRS)(
    '%s %i → %i',
    async (dept, a, b) => {
      const compared = compareDocuments(await loadJoined(SERIES[dept][a]), await loadJoined(SERIES[dept][b])).findings;
      const checked = (
        await checkPath({ path: spec(SERIES[dept][b]), prior: spec(SERIES[dept][a]), profile: 'interval', lang: 'zh' })
      ).findings.filter((f) => /^C\d$/.test(f.rule));
      const verdicts = (fs: typeof compared) => fs.map((f) => `${f.rule} ${f.status} ${f.message}`).sort();
      expect(compared.length).toBeGreaterThanOrEqual(19);
      expect(verdicts(checked)).toEqual(verdicts(compared));
      // Every C fail and warn of the pair is labelled in its ledger file (npm run bench compare adds "?" rows).
      const pair = LEDGER_PAIRS.find((p) => p.name === `${SERIES[dept][a]} → ${SERIES[dept][b]}`)!;
      expect(pair).toBeDefined();
      const ledger = readLedger(resolve(REPO, 'bench/ledger'), `compare/${pair.name.replace(/ → /, '__')}`);
      const keys = findingKeys(compared);
      const flagged = compared.map((f, i) => ({ f, key: keys[i] })).filter(({ f }) => f.status === 'fail' || f.status === 'warn');
      for (const { key } of flagged) expect(ledger?.entries.find((e) => e.key === key)?.label ?? '?', key).not.toBe('?');
    },
    120_000,
  );
});
