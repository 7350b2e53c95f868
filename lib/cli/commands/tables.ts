// dlens tables <pdf|html> [--format json|csv] [--pages 3-5]: the tables as extracted, for reuse and scoring.
import { writeFile } from 'node:fs/promises';
import type { Table } from '../../model';
import { csvCell } from '../../report';
import { EXIT, UserError, badChoice, parseCommandArgs, type CliIO } from '../io';
import { both } from '../lang';
import { InputError, loadDocument } from '../inputs';
import { pdfLoader } from '../pdf';

const HELP = {
  zh: `用法：dlens tables <文件.pdf|文件.html> [--format json|csv] [--pages 3-5] [--out 文件] [--lang zh|en]

输出找到的每张表：JSON 为 [{"page","title","unit","bbox","rows":[["单元格",…],…]}]（即
../shared/bench/score_tables.py 读取的格式）；CSV 把每张表写成一段，以表名开头。

示例：
  dlens tables 报告.pdf --pages 3-5
  dlens tables 报告.pdf --format csv --out 表格.csv`,
  en: `usage: dlens tables <file.pdf|file.html> [--format json|csv] [--pages 3-5] [--out FILE]

Prints every table found: JSON is [{"page","title","unit","bbox","rows":[["cell",…],…]}] (the format
../shared/bench/score_tables.py reads); CSV writes each table as a block headed by its title.

examples:
  dlens tables report.pdf --pages 3-5
  dlens tables report.pdf --format csv --out tables.csv`,
};

function pageRange(spec: string | undefined): [number, number] | undefined {
  if (!spec) return undefined;
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m)
    throw new UserError(
      both(`--pages 应为页码或 3-5 这样的范围，而不是“${spec}”`, `--pages takes a page or a range like 3-5, not "${spec}"`),
    );
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from < 1 || to < from) throw new UserError(both(`--pages ${spec} 不是有效的页码范围`, `--pages ${spec} is not a valid range`));
  return [from, to];
}

export function tablesJson(tables: Table[]) {
  return tables.map((t) => ({
    page: t.page,
    pageEnd: t.pageEnd,
    title: t.title,
    unit: t.unit,
    bbox: t.bbox,
    emptyNote: t.emptyNote,
    rows: t.rows.map((r) => r.map((c) => c.text)),
  }));
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('tables', argv, {
    format: { type: 'string', default: 'json' },
    pages: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP[io.lang] + '\n');
    return EXIT.ok;
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw badChoice('lang', values.lang, ['zh', 'en']);
  if (positionals.length !== 1)
    throw new UserError(
      both('dlens tables 只接受一个文件（参见 dlens tables --help）', 'dlens tables takes exactly one file (see dlens tables --help)'),
    );
  if (!['json', 'csv'].includes(values.format!)) throw badChoice('format', values.format, ['json', 'csv']);
  const range = pageRange(values.pages);
  let tables: Table[];
  try {
    tables = (await loadDocument(positionals[0], pdfLoader)).doc.tables;
  } catch (err) {
    if (err instanceof InputError) throw new UserError(err.words);
    throw err;
  }
  if (range) tables = tables.filter((t) => (t.pageEnd ?? t.page) >= range[0] && t.page <= range[1]);
  const out =
    values.format === 'csv'
      ? tables
          .map((t) =>
            [
              `# ${t.title || t.id} (page ${t.page}${t.pageEnd && t.pageEnd !== t.page ? `-${t.pageEnd}` : ''}${t.unit ? `, ${t.unit}` : ''})`,
              ...t.rows.map((r) => r.map((c) => csvCell(c.text)).join(',')),
            ].join('\n'),
          )
          .join('\n\n') + '\n'
      : JSON.stringify(tablesJson(tables), null, 1) + '\n';
  if (values.out) await writeFile(values.out, out);
  else io.stdout(out);
  if (!tables.length) io.stderr(io.lang === 'zh' ? 'dlens：没有找到表格\n' : 'dlens: no tables found\n');
  return EXIT.ok;
}
