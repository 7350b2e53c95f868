// One printed error, one count: the 元/万元 slip of 长春市信访局 p.17 ("预算支出1682.76元") breaks the
// total, its 其中 list and three shares; those follow from it, are printed under it, and the
// summary counts it once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dlens } from '../../support/cli';
import { CORPUS, hasShared } from '../../support/paths';

describe.skipIf(!hasShared)('knock-on fails', () => {
  it('are grouped under their cause and counted once', () => {
    const path = join(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');
    const json = JSON.parse(dlens(['check', path, '--format', 'json', '--lang', 'en']).stdout);
    const fails = json.findings.filter((f: { status: string }) => f.status === 'fail');
    const cause = fails.find((f: { rule: string; message: string }) => f.rule === 'N1' && /10,000 times/.test(f.message));
    const knockOns = fails.filter((f: { knockOnOf?: string }) => f.knockOnOf === cause.id);
    expect(knockOns.map((f: { rule: string }) => f.rule).sort()).toEqual(['N11', 'N5', 'N5', 'N5']);
    expect(json.summary.fail).toBe(fails.length - knockOns.length);
    const text = dlens(['check', path, '--no-passes', '--lang', 'en']).stdout.split('\n');
    const at = text.findIndex((l) => /\[fail\]\s+N1 /.test(l));
    expect(text.slice(at + 1).filter((l) => l.startsWith('    ↳ ')).length).toBe(4);
  });
});
