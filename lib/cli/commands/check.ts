// dlens check <file|dir…>: check disclosures and report findings.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';
import { formatReport, formatCsvRows, CSV_HEADER, type CheckReport, type ReportFormat } from '../../report';
import type { Lang } from '../../rules';
import { EXIT, UserError, badChoice, exitFor, parseCommandArgs, type CliIO } from '../io';
import { both } from '../lang';
import { expandInputs, InputError } from '../inputs';
import { batchOptions, passDisplay, BATCH_HELP, BATCH_OPTIONS, runBatch, wantsBatch } from '../batch';
import { checkPath } from '../batch/check-one';
import { attachMarks } from '../../review';
import { readMarks } from '../marks';

function help(lang: Lang): string {
  return lang === 'zh'
    ? `用法：dlens check [文件|文件夹 …] [选项]

核对预算、决算公开文件（.txt、.html、.pdf；文件夹会逐层查找）。
不给文件时核对内置示例（一个虚构部门，故意埋了两处错误）。

选项：
  --format text|json|md|csv   输出格式（默认 text；json 为每份文件一行）
  --profile interval|strict   舍入容差：按计算区间（默认）或末位一个单位
  --lang zh|en                输出语言（默认按系统语言 LANG/LC_ALL，否则中文）
  --out 文件                  把报告写入文件，而不是输出到屏幕
  --all                       列出每一项“通过”（默认每张表汇成一行）
  --no-passes                 不显示“通过”“尾差”
  --prior 文件                同时与上年文件对比（C1–C3；分成几个文件的用“+”连接）
  --marks 文件                读入从扩展导出的审阅标记（dlens.marks/1）：随对应结果显示，并写入各种格式；对应结果已不存在的标记单独列出
${BATCH_HELP.zh}
示例：
  dlens check 报告.pdf
  dlens check 公开文件/ --format json --out 结果.ndjson
  dlens check 2019.pdf --prior 2018.pdf --lang en

退出码：0 没有错误 · 1 有核对错误 · 2 用法错误，或给出的那份文件无法读取
        · 3 多份文件：没有错误，但有文件无法读取或核对
        · 4 读到了文件，但没有任何一项能计算（无文字层的扫描件，或找不到可核对的等式）`
    : `usage: dlens check [file|folder …] [options]

Checks Chinese budget / final-account disclosures (.txt, .html, .pdf; folders are walked).
With no input, checks the bundled sample (a fictional department with two planted errors).

options:
  --format text|json|md|csv   output format (default text; json = one object per line per document)
  --profile interval|strict   rounding tolerance: calculation interval (default) or one unit in the last place
  --lang zh|en                output language (default: the locale, LANG/LC_ALL; else Chinese)
  --out FILE                  write the report to FILE instead of standard output
  --all                       text output: list every pass (by default one line per table)
  --no-passes                 text output: hide pass and rounding findings
  --prior FILE                also check against last year's document (C1–C3; join split files with "+")
  --marks FILE                a reader's marks exported from the extension (dlens.marks/1): shown with
                              their findings and in every format; marks whose finding is gone are listed
${BATCH_HELP.en}
examples:
  dlens check report.pdf
  dlens check disclosures/ --format json --out results.ndjson
  dlens check 2019.pdf --prior 2018.pdf --lang zh

exit codes: 0 no fail · 1 some check failed · 2 usage error or unreadable input (one document)
            · 3 several documents: no fail, but some could not be read or checked
            · 4 read, but nothing could be computed (a scan without a text layer, no identity found)`;
}

const SAMPLE = 'assets/samples/sample-budget.html';

function sampleLocation(): string {
  // dist/dlens.js → repo root; also works when run from lib/ under vitest.
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', SAMPLE);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('check', argv, {
    format: { type: 'string', default: 'text' },
    profile: { type: 'string', default: 'interval' },
    lang: { type: 'string' },
    out: { type: 'string' },
    'no-passes': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    prior: { type: 'string' },
    marks: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    ...BATCH_OPTIONS,
  });
  const { values, positionals } = parsed;
  const lang = (values.lang ?? io.lang) as Lang;
  if (values.help) {
    io.stdout(help(lang) + '\n');
    return EXIT.ok;
  }
  const format = values.format as ReportFormat;
  if (!['text', 'json', 'md', 'csv'].includes(format)) throw badChoice('format', format, ['text', 'json', 'md', 'csv']);
  if (!['interval', 'strict'].includes(values.profile!)) throw badChoice('profile', values.profile, ['interval', 'strict']);
  if (!['zh', 'en'].includes(lang)) throw badChoice('lang', lang, ['zh', 'en']);
  const demo = positionals.length === 0;
  const paths = await expandInputs(demo ? [relative(process.cwd(), sampleLocation()) || sampleLocation()] : positionals);
  if (!paths.length)
    throw new UserError(
      both(
        `在 ${positionals.join('、')} 中没有找到 .txt、.html 或 .pdf 文件`,
        `no .txt, .html or .pdf files found in ${positionals.join(', ')}`,
      ),
    );

  const marks = values.marks ? await readMarks(values.marks) : undefined;
  if (!demo && wantsBatch(paths, values)) {
    if (marks) throw new UserError('--marks belongs to one document: check that document alone');
    return runBatch(batchOptions(paths, values, { format, lang, color: io.color }), io);
  }

  // Several documents (or any batch option) went to the worker pool above: this is one document.
  const [path] = paths;
  const profile = values.profile as 'interval' | 'strict';
  let report: CheckReport;
  try {
    report = await checkPath({ path, profile, lang, prior: values.prior });
  } catch (err) {
    throw err instanceof InputError ? new UserError(err.words) : err;
  }
  if (marks) report = attachMarks(report, marks.marks);
  const text =
    format === 'csv'
      ? CSV_HEADER.join(',') + '\n' + formatCsvRows(report)
      : formatReport(report, format, lang, { color: io.color && !values.out, passes: passDisplay(values) });
  if (values.out) await writeFile(values.out, text);
  else io.stdout(text);
  if (demo) {
    io.stderr(
      lang === 'zh'
        ? '（这是内置示例文档：虚构部门，故意埋了两处错误。检查自己的文件：dlens check <文件或文件夹>）\n'
        : '(This was the bundled sample: a fictional department with two planted errors. Check your own: dlens check <file or folder>)\n',
    );
    return EXIT.ok;
  }
  return exitFor(report);
}
