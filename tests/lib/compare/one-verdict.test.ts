// One matcher, one verdict: `dlens compare` and `dlens check --prior` give the same verdict on every
// cross-year claim of every year pair in ../shared/corpus/real, split years joined with "+" in both.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../lib/compare';
import { checkPath } from '../../../lib/cli/batch/check-one';
import { JIANGSU, SERIES, loadJoined } from './load';

const spec = (files: string) => files.split('+').map((f) => resolve(JIANGSU, f)).join('+');
const PAIRS = Object.keys(SERIES).flatMap((dept) => [[dept, 2017, 2018], [dept, 2018, 2019]] as [string, number, number][]);

describe('compare and check --prior agree', () => {
  it.each(PAIRS)('%s %i → %i', async (dept, a, b) => {
    const compared = compareDocuments(await loadJoined(SERIES[dept][a]), await loadJoined(SERIES[dept][b])).findings;
    const checked = (await checkPath({ path: spec(SERIES[dept][b]), prior: spec(SERIES[dept][a]), profile: 'interval', lang: 'zh' })).findings.filter((f) => /^C\d$/.test(f.rule));
    const verdicts = (fs: typeof compared) => fs.map((f) => `${f.rule} ${f.status} ${f.message}`).sort();
    expect(compared.length).toBeGreaterThanOrEqual(19);
    expect(verdicts(checked)).toEqual(verdicts(compared));
  }, 120_000);
});
