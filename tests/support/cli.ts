// Runs the built dlens CLI as a user would, capturing exit code and both streams.
import { spawnSync } from 'node:child_process';
import { CLI, REPO } from './paths';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `hangMs`: a guard that stops a command that never ends (its exit code is then -1), never a speed limit. */
export function dlens(args: string[], env: Record<string, string> = {}, hangMs?: number): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
    ...(hangMs ? { timeout: hangMs } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** An English locale: help, errors and reports in English unless --lang says otherwise. */
export const EN_LOCALE = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
/** A Chinese-or-neutral locale as on a fresh server (C.UTF-8): the default language, Chinese. */
export const C_LOCALE = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** dlens in an English locale (tests that read English errors). */
export function dlensEn(args: string[], env: Record<string, string> = {}, hangMs?: number): CliResult {
  return dlens(args, { ...EN_LOCALE, ...env }, hangMs);
}
