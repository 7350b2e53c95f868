// dlens: one engine, several commands. Each command lives in commands/<name>.ts and
// exports `run(argv, io) → exit code`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeIO, UserError, EXIT, type CliIO } from './io';

/** The package version (dist/dlens.js sits one folder below package.json). */
function version(): string {
  try {
    return JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

type Command = { summary: string; load: () => Promise<{ run(argv: string[], io: CliIO): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  check: { summary: 'check disclosures (txt, html, pdf, or folders of them)', load: () => import('./commands/check') },
  tables: { summary: 'extract the tables of a PDF or HTML disclosure (JSON or CSV)', load: () => import('./commands/tables') },
  glossary: { summary: 'look up a budget term or classification code', load: () => import('./commands/glossary') },
  annotate: { summary: 'write a copy of a PDF with its findings as annotations', load: () => import('./commands/annotate') },
  memo: { summary: 'write a Markdown review memo of the confirmed findings of a PDF', load: () => import('./commands/memo') },
  compare: { summary: 'compare two years of a department (line items, stated changes)', load: () => import('./commands/compare') },
};

const USAGE = `usage: dlens <command> [options]

commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

run "dlens <command> --help" for a command's options; "dlens --version" prints the version`;

async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout(`dlens ${version()}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h') {
    io.stdout(USAGE + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) throw new UserError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
  return (await command.load()).run(rest, io);
}

const io = nodeIO();
// pdf.js can reject a promise nobody awaits on damaged files (worker-side font or stream
// errors after the page was already read). Say it in one line instead of a stack dump.
process.on('unhandledRejection', (err: unknown) => {
  const msg = err instanceof Error ? err.message : String(err);
  io.stderr(`dlens: warning: ignored a late error from the PDF reader: ${msg.split('\n')[0]}\n`);
  if (process.env.DLENS_DEBUG) io.stderr(String((err as Error)?.stack) + '\n');
});
main(process.argv.slice(2), io).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof UserError) {
      io.stderr(`dlens: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      const msg = err instanceof Error ? err.message : String(err);
      io.stderr(`dlens: internal error: ${msg.split('\n')[0]} (set DLENS_DEBUG=1 for details)\n`);
      if (process.env.DLENS_DEBUG) io.stderr(String((err as Error)?.stack) + '\n');
      process.exitCode = 70;
    }
  },
);
