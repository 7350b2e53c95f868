// dlens glossary: prints entries for a term or a code, exit 1 on an unknown query, usage on none.
import { describe, expect, it } from 'vitest';
import { run } from '../../../../lib/cli/commands/glossary';
import { UserError, type CliIO } from '../../../../lib/cli/io';

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, color: false, lang: 'zh' };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('dlens glossary', () => {
  it('prints term, definition, English gloss and aliases', async () => {
    const f = fakeIO();
    expect(await run(['三公经费'], f.io)).toBe(0);
    expect(f.out()).toContain('[three-public-costs]');
    expect(f.out()).toContain('因公出国（境）费');
    expect(f.out()).not.toMatch(/EN:|three closely watched/); // a Chinese run is Chinese
    expect(f.out()).toContain('又称');
    // codes with their names; no fuzzy look-alike after the exact hit
    expect(f.out()).toMatch(/科目：30212 因公出国（境）费用、30231 公务用车运行维护费、31013 公务用车购置、30217 公务接待费/);
    expect(f.out()).not.toMatch(/公用经费|办公费/);
  });

  it('prints the code path and the name of the asked year', async () => {
    const f = fakeIO();
    expect(await run(['（210类）', '--year', '2018'], f.io)).toBe(0);
    expect(f.out()).toContain('医疗卫生与计划生育支出');
    const g = fakeIO();
    expect(await run(['201 03 01', '--format', 'json'], g.io)).toBe(0);
    const json = JSON.parse(g.out());
    expect(json.hits[0].code.path.map((s: { code: string }) => s.code)).toEqual(['201', '20103', '2010301']);
  });

  it('answers in English with --lang en', async () => {
    const f = fakeIO();
    expect(await run(['結轉下年', '--lang', 'en', '--limit', '1'], f.io)).toBe(0);
    expect(f.out().split('\n')[1]).toMatch(/^ {2}Money left at the end of the year/);
  });

  it('exits 1 with one clear line for an unknown query, 2 with usage for none', async () => {
    const f = fakeIO();
    expect(await run(['qqqzzz'], f.io)).toBe(1);
    expect(f.err()).toBe('dlens glossary：没有与“qqqzzz”相符的名词或科目编码\n');
    const g = fakeIO();
    expect(await run([], g.io)).toBe(2);
    expect(g.err()).toMatch(/^用法：dlens glossary/);
    await expect(run(['x', '--lang', 'fr'], fakeIO().io)).rejects.toBeInstanceOf(UserError);
  });
});
