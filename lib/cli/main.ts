// dlens: one engine, several commands. Each command lives in commands/<name>.ts and
// exports `run(argv, io) → exit code`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Localized } from '../findings';
import { nodeIO, nearest, UserError, EXIT, type CliIO } from './io';
import { both, wordsIn } from './lang';

/** The package version (dist/dlens.js sits one folder below package.json). */
function version(): string {
  try {
    return JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

type Command = { summary: Localized; load: () => Promise<{ run(argv: string[], io: CliIO): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  check: {
    summary: both('核对预决算公开文件（txt、html、pdf 或其所在文件夹）', 'check disclosures (txt, html, pdf, or folders of them)'),
    load: () => import('./commands/check'),
  },
  tables: {
    summary: both('提取 PDF 或 HTML 公开文件中的表格（JSON 或 CSV）', 'extract the tables of a PDF or HTML disclosure (JSON or CSV)'),
    load: () => import('./commands/tables'),
  },
  glossary: {
    summary: both('查询预算名词或科目编码', 'look up a budget term or classification code'),
    load: () => import('./commands/glossary'),
  },
  annotate: {
    summary: both('另存一份 PDF，把核对结果作为注释标在原文上', 'write a copy of a PDF with its findings as annotations'),
    load: () => import('./commands/annotate'),
  },
  memo: {
    summary: both('为 PDF 中已核实的结果写一份 Markdown 审阅备忘', 'write a Markdown review memo of the confirmed findings of a PDF'),
    load: () => import('./commands/memo'),
  },
  compare: {
    summary: both('对比同一部门的两个年度（逐行科目、文中的增减说法）', 'compare two years of a department (line items, stated changes)'),
    load: () => import('./commands/compare'),
  },
};

function usage(lang: Lang): string {
  const list = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary[lang]}`)
    .join('\n');
  return lang === 'zh'
    ? `用法：dlens <命令> [选项]

命令：
${list}

示例：
  dlens check 报告.pdf                 核对一份文件
  dlens check 文件夹/ --format json    核对文件夹中的每份文件，每份一行 JSON
  dlens glossary 三公经费              查询名词
  dlens compare 2017.pdf 2018.pdf      对比两个年度

“dlens <命令> --help”列出该命令的选项；“dlens --version”显示版本；--lang en 改用英文`
    : `usage: dlens <command> [options]

commands:
${list}

examples:
  dlens check report.pdf                 check one document
  dlens check folder/ --format json      check every document in a folder, one JSON line each
  dlens glossary "three public expenses" look up a term
  dlens compare 2017.pdf 2018.pdf        compare two years

run "dlens <command> --help" for a command's options; "dlens --version" prints the version; --lang zh for Chinese`;
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout(`dlens ${version()}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === '--lang' || name.startsWith('--lang=')) {
    const help = name === '--help' || name === '-h' || argv.includes('--help') || argv.includes('-h');
    (help ? io.stdout : io.stderr)(usage(io.lang) + '\n');
    return help ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    const near = nearest(name, Object.keys(COMMANDS));
    const hint = near ?? Object.keys(COMMANDS).join(', ');
    throw new UserError(
      both(
        `未知命令“${name}”（${near ? `是不是 ${hint}？` : `可用：${hint}`}）`,
        `unknown command "${name}" (${near ? `did you mean ${hint}?` : `try: ${hint}`})`,
      ),
    );
  }
  return (await command.load()).run(rest, io);
}

const io = nodeIO();
// pdf.js can reject a promise nobody awaits on damaged files (worker-side font or stream
// errors after the page was already read). Say it in one line instead of a stack dump.
process.on('unhandledRejection', (err: unknown) => {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  io.stderr(
    io.lang === 'zh'
      ? `dlens：提示：PDF 读取器事后报告的错误已忽略（${msg}）\n`
      : `dlens: warning: ignored a late error from the PDF reader: ${msg}\n`,
  );
  if (process.env.DLENS_DEBUG) io.stderr(String((err as Error)?.stack) + '\n');
});
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UserError) {
      io.stderr(`dlens: ${wordsIn(err.words, io.lang)}\n`);
      process.exitCode = err.exitCode;
    } else {
      const msg = err instanceof Error ? err.message : String(err);
      const line = msg.split('\n')[0];
      io.stderr(
        io.lang === 'zh'
          ? `dlens: 内部错误：${line}（设置 DLENS_DEBUG=1 查看详情）\n`
          : `dlens: internal error: ${line} (set DLENS_DEBUG=1 for details)\n`,
      );
      if (process.env.DLENS_DEBUG) io.stderr(String((err as Error)?.stack) + '\n');
      process.exitCode = 70;
    }
  },
);
