// One language per run: --lang, else the locale; help, option errors and input errors follow it.
import { describe, expect, it } from 'vitest';
import { C_LOCALE, EN_LOCALE, dlens } from '../../support/cli';

const HAN = /\p{Script=Han}/u;

describe('the run language', () => {
  it('help in Chinese by default (C.UTF-8) and in English in an English locale, each with examples', () => {
    const zh = dlens(['--help'], C_LOCALE);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法：dlens <命令>/);
    expect(zh.stdout).toContain('示例：');
    const en = dlens(['check', '--help'], EN_LOCALE);
    expect(en.stdout).toMatch(/^usage: dlens check/);
    expect(en.stdout).toContain('examples:');
    expect(en.stdout).not.toMatch(HAN);
    for (const cmd of ['check', 'compare', 'tables', 'glossary']) {
      expect(dlens([cmd, '--help', '--lang', 'zh'], EN_LOCALE).stdout, cmd).toMatch(/^用法：dlens /);
      expect(dlens([cmd, '--help', '--lang', 'en'], C_LOCALE).stdout, cmd).toMatch(/^usage: dlens /);
    }
  });

  it('--lang wins over the locale; LC_ALL over LANG', () => {
    expect(dlens(['--help', '--lang', 'en'], C_LOCALE).stdout).toMatch(/^usage:/);
    expect(dlens(['--help'], { ...EN_LOCALE, LC_ALL: 'zh_CN.UTF-8' }).stdout).toMatch(/^用法：/);
  });

  it('a mistyped option gets the nearest one, in the run language', () => {
    const zh = dlens(['check', '--formt', 'json'], C_LOCALE);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('dlens: 未知选项 --formt（是不是 --format？）；参见 dlens check --help\n');
    expect(dlens(['glossary', '三公', '--limt', '2', '--lang', 'en'], C_LOCALE).stderr).toBe(
      'dlens: unknown option --limt (did you mean --limit?); see dlens glossary --help\n',
    );
    expect(dlens(['chek'], C_LOCALE).stderr).toBe('dlens: 未知命令“chek”（是不是 check？）\n');
  });

  it('an unreadable input is worded in the run language', () => {
    const zh = dlens(['check', 'nope.pdf'], C_LOCALE);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('dlens: 无法读取 nope.pdf：没有这个文件或文件夹\n');
    expect(dlens(['check', 'nope.pdf', '--lang', 'en'], C_LOCALE).stderr).toBe('dlens: cannot read nope.pdf: no such file or folder\n');
    expect(dlens(['check', '--format', 'xml'], C_LOCALE).stderr).toBe('dlens: 未知的 --format 取值“xml”（可选：text、json、md、csv）\n');
  });
});
