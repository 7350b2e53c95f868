// The CLI's contact with the outside: streams, colour, arguments, and the one-line error convention.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../rules';
import { both, runLang, wordsIn, type Words } from './lang';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  color: boolean;
  /** The run's language (--lang, else the locale): help, errors and reports. */
  lang: Lang;
}

export function nodeIO(argv: string[] = process.argv.slice(2)): CliIO {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY,
    color: isTTY && !process.env.NO_COLOR,
    lang: runLang(argv),
  };
}

/** An error the user caused or can fix: printed as one line in the run's language, never with a stack. */
export class UserError extends Error {
  readonly words: Words;
  constructor(
    words: Words,
    readonly exitCode = 2,
  ) {
    super(wordsIn(words, 'en'));
    this.words = words;
  }
}

/** "unknown --format "xml" (text, json, md or csv)" in both languages. */
export function badChoice(option: string, value: string | undefined, choices: readonly string[]): UserError {
  return new UserError(
    both(
      `未知的 --${option} 取值“${value}”（可选：${choices.join('、')}）`,
      `unknown --${option} "${value}" (${choices.slice(0, -1).join(', ')}${choices.length > 1 ? ' or ' : ''}${choices.at(-1)})`,
    ),
  );
}

export const EXIT = { ok: 0, fail: 1, usage: 2, nothingChecked: 4 } as const;

/** A report's exit code: 1 some fail; 4 nothing was computed (a scan, or no identity found); else 0. */
export function exitFor(report: { summary: { fail: number }; findings: { status: string }[] }): number {
  if (report.summary.fail > 0) return EXIT.fail;
  return report.findings.some((f) => f.status === 'pass' || f.status === 'rounding' || f.status === 'fail') ? EXIT.ok : EXIT.nothingChecked;
}

/** The option name closest to a mistyped one (at most two edits away). */
export function nearest(typed: string, names: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const best = names.map((n) => ({ n, d: distance(typed, n) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? best.n : undefined;
}

/** parseArgs with positionals; a bad option becomes a one-line usage error naming the command's help. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    const message = (err as Error).message.split('\n')[0];
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const near = nearest(unknown.replace(/^-+/, ''), Object.keys(options));
      throw new UserError(
        both(
          `未知选项 ${unknown}${near ? `（是不是 --${near}？）` : ''}；参见 dlens ${command} --help`,
          `unknown option ${unknown}${near ? ` (did you mean --${near}?)` : ''}; see dlens ${command} --help`,
        ),
      );
    }
    const missing = /Option '(-{1,2}[^' ]+)[^']*' argument missing/.exec(message)?.[1];
    if (missing)
      throw new UserError(
        both(`选项 ${missing} 缺少取值；参见 dlens ${command} --help`, `option ${missing} needs a value; see dlens ${command} --help`),
      );
    const positional = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    if (positional)
      throw new UserError(
        both(`多余的参数“${positional}”；参见 dlens ${command} --help`, `unexpected argument "${positional}"; see dlens ${command} --help`),
      );
    throw new UserError(
      both(
        `参数有误（${message}）；参见 dlens ${command} --help`,
        `${message.replace(/\. To specify a positional.*$/, '')} (see dlens ${command} --help)`,
      ),
    );
  }
}
