// The README's example output is what `npm run check` prints on a fresh machine (C.UTF-8 locale,
// no colour): its first 30 lines, character for character. If this fails after a change to the
// report or the rules, regenerate the block: node scripts/readme-example.mjs --write
import { describe, expect, it } from 'vitest';
import { readmeExample, npmRunCheck, EXAMPLE_LINES } from '../../scripts/readme-example.mjs';

describe('README example', () => {
  it(`is the first ${EXAMPLE_LINES} lines of npm run check`, () => {
    const printed = npmRunCheck();
    expect(printed.split('\n').length).toBeGreaterThan(EXAMPLE_LINES);
    expect(readmeExample()).toBe(printed.split('\n').slice(0, EXAMPLE_LINES).join('\n'));
  });

  it('lists the two planted fails and summarises the passes, summary line first and last', () => {
    const lines = npmRunCheck().split('\n').filter((l) => l.trim());
    const summaries = lines.filter((l) => l.startsWith('  汇总: '));
    expect(summaries).toHaveLength(2);
    expect(lines.indexOf(summaries[0])).toBeLessThan(lines.findIndex((l) => l.includes('[错误]')));
    expect(lines.at(-1)).toBe(summaries[0]);
    expect(lines.filter((l) => l.includes('[错误]'))).toHaveLength(2);
    expect(lines.some((l) => /^ {2}\[通过\] /.test(l))).toBe(false); // no pass listed one by one
    expect(lines.filter((l) => /^ {2}\[通过 \d+\]/.test(l)).length).toBeGreaterThan(5); // one line per table
  });
});
