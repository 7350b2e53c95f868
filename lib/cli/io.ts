// The CLI's contact with the outside: streams, colour, arguments, and the one-line error convention.
import { parseArgs, type ParseArgsConfig } from 'node:util';
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  color: boolean;
}

export function nodeIO(): CliIO {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY,
    color: isTTY && !process.env.NO_COLOR,
  };
}

/** An error the user caused or can fix: printed as one line, never with a stack. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export const EXIT = { ok: 0, fail: 1, usage: 2 } as const;

/** parseArgs with positionals; a bad option becomes a one-line usage error naming the command's help. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UserError(`${(err as Error).message.split('\n')[0]} (see dlens ${command} --help)`);
  }
}
