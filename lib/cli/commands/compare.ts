// dlens compare <prior> <current>: two years of one department side by side, with C1–C3 checks.
import { writeFile } from 'node:fs/promises';
import { compareDocuments } from '../../compare';
import { formatComparison, type CompareFormat } from '../../compare';
import type { DisclosureDocument } from '../../model';
import type { Lang } from '../../rules';
import { EXIT, UserError, badChoice, parseCommandArgs, type CliIO } from '../io';
import { both } from '../lang';
import { UNREADABLE } from '../../findings';
import { InputError } from '../inputs';
import { loadJoinedDocument } from '../joined';

const HELP = {
  zh: `用法：dlens compare <上年> <本年> [选项]

对比同一部门两个年度的公开文件：逐行科目按分类编码（改名的行保留编码）或名称对齐，列出上年、本年、
增减额和增减率，并做跨年核对：C1 本年每句“比上年…”与上年数字对照；C2 年初结转结余 = 上年年末
结转结余（决算）；C3 决算的年初预算 = 同年预算（把预算作为 <上年> 给出）。

一个年度分成几个文件发布时，用“+”连接：
  dlens compare 2018_正文.pdf+2018_表格.pdf 2019_正文.pdf+2019_表格.pdf

选项：
  --format text|json|csv|md   输出格式（默认 text；csv 为每个对齐的科目一行）
  --profile interval|strict   舍入容差（默认 interval）
  --lang zh|en                输出语言（默认按系统语言 LANG/LC_ALL，否则中文）
  --out 文件                  写入文件，而不是输出到屏幕

示例：
  dlens compare 2017预算.pdf 2018预算.pdf
  dlens compare 2018预算.pdf 2018决算.pdf --format csv --out 对比.csv

退出码：0 没有错误 · 1 有跨年核对错误 · 2 用法错误或文件无法读取`,
  en: `usage: dlens compare <prior> <current> [options]

Compares two years of one department's disclosures: line items aligned by classification code
(renamed lines keep their code) or by name, with prior, current, change and change rate, and
cross-year checks: C1 every "比上年…" statement of the current year against last year's figure,
C2 opening balances = last year's closing balances (final accounts), C3 a final account's
年初预算 = the same year's budget (give the budget as <prior>).

A year published as several files is given joined with "+":
  dlens compare 2018_text.pdf+2018_tables.pdf 2019_text.pdf+2019_tables.pdf

options:
  --format text|json|csv|md   output (default text; csv = one row per aligned line item)
  --profile interval|strict   rounding tolerance (default interval)
  --lang zh|en                output language (default: the locale, LANG/LC_ALL; else Chinese)
  --out FILE                  write to FILE instead of standard output

examples:
  dlens compare budget2017.pdf budget2018.pdf
  dlens compare budget2018.pdf final2018.pdf --format csv --out compare.csv

exit codes: 0 no fail · 1 some cross-year check failed · 2 usage error or unreadable input`,
};

export async function loadJoined(spec: string): Promise<DisclosureDocument> {
  try {
    return await loadJoinedDocument(spec);
  } catch (err) {
    throw err instanceof InputError ? new UserError(err.words) : err;
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('compare', argv, {
    format: { type: 'string', default: 'text' },
    profile: { type: 'string', default: 'interval' },
    lang: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  const lang = (values.lang ?? io.lang) as Lang;
  if (values.help) {
    io.stdout(HELP[lang] + '\n');
    return EXIT.ok;
  }
  const format = values.format as CompareFormat;
  if (!['text', 'json', 'md', 'csv'].includes(format)) throw badChoice('format', format, ['text', 'json', 'md', 'csv']);
  if (!['interval', 'strict'].includes(values.profile!)) throw badChoice('profile', values.profile, ['interval', 'strict']);
  if (!['zh', 'en'].includes(lang)) throw badChoice('lang', lang, ['zh', 'en']);
  if (positionals.length !== 2)
    throw new UserError(
      both(
        '请给出两份文件：dlens compare <上年> <本年>（分成几个文件的用“+”连接）',
        'give two documents: dlens compare <prior> <current> (join split files with "+")',
      ),
    );
  // Both read at once, but a bad argument is reported in argument order: the first one, always.
  const loaded = await Promise.allSettled(positionals.map(loadJoined));
  const bad = loaded.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (bad) throw bad.reason;
  const [prior, current] = loaded.map((r) => (r as PromiseFulfilledResult<DisclosureDocument>).value);
  for (const d of [prior, current]) {
    if (!d.info.textLayer)
      throw new UserError(
        both(`${d.source.path}：${UNREADABLE.scan.zh}无法对比。`, `${d.source.path}: ${UNREADABLE.scan.en} It cannot be compared.`),
      );
  }
  const result = compareDocuments(prior, current, { lang, tolerance: { profile: values.profile as 'interval' | 'strict' } });
  const out = formatComparison(result, format, lang);
  if (values.out) await writeFile(values.out, out);
  else io.stdout(out);
  return result.summary.findings.fail > 0 ? EXIT.fail : EXIT.ok;
}
