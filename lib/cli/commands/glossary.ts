// dlens glossary <query>: explains a budget term or a classification code in any printed form.
import { createGlossary, type Glossary, type LookupHit } from '../../glossary';
import type { Lang } from '../../findings';
import { EXIT, UserError, badChoice, parseCommandArgs, type CliIO } from '../io';
import { both } from '../lang';

const USAGE = {
  zh: `用法：dlens glossary <查询> [--format text|json] [--lang zh|en] [--year 年份] [--limit N]

  <查询>    名词（“三公经费”“年初结转和结余”，繁体、英文、常见简称也可以）或任何印刷形式的科目编码
            （“2010301”“201 03 01”“[2010301]行政运行”“（204类）司法（06款）行政运行（01项）”）
  --year    文件的年度，用于 2019 年科目目录中改过名的编码
  --limit   最多列出几条（默认 3）
  --lang    输出语言（默认按系统语言 LANG/LC_ALL，否则中文）

示例：
  dlens glossary 三公经费
  dlens glossary 2010301 --year 2018
  dlens glossary "government fund budget" --lang en
`,
  en: `usage: dlens glossary <query> [--format text|json] [--lang zh|en] [--year YYYY] [--limit N]

  <query>   a term ("三公经费", "年初结转和结余"; Traditional characters, English and common short forms
            work too) or a code in any printed form ("2010301", "201 03 01", "[2010301]行政运行",
            "（204类）司法（06款）行政运行（01项）", "一般公共服务（类）财政事务（款）…")
  --year    the document's year, for codes renamed in the 2019 catalogue
  --limit   how many entries to print (default 3)
  --lang    output language (default: the locale, LANG/LC_ALL; else Chinese)

examples:
  dlens glossary 三公经费
  dlens glossary 2010301 --year 2018
  dlens glossary "government fund budget" --lang en
`,
};
const DEFAULT_LIMIT = 3;
/** Fuzzy hits below this score are noise, not answers. */
const MIN_SCORE = 0.3;

const WORDS = {
  zh: {
    aka: '又称',
    code: '科目',
    older: '曾用名',
    exact: '精确匹配',
    alias: '别名匹配',
    code_: '编码匹配',
    fuzzy: '近似匹配',
    see: '另见',
    unknown: '（未收录）',
  },
  en: {
    aka: 'also',
    code: 'codes',
    older: 'other names',
    exact: 'exact match',
    alias: 'alias',
    code_: 'code',
    fuzzy: 'close match',
    see: 'see also',
    unknown: '(not in the catalogue)',
  },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('glossary', argv, {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string' },
    year: { type: 'string' },
    limit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  const lang = (values.lang ?? io.lang) as Lang;
  if (lang !== 'zh' && lang !== 'en') throw badChoice('lang', lang, ['zh', 'en']);
  if (values.help) {
    io.stdout(USAGE[lang]);
    return EXIT.ok;
  }
  const query = positionals.join(' ').trim();
  if (!query) {
    io.stderr(USAGE[lang]);
    return EXIT.usage;
  }
  if (values.format !== 'text' && values.format !== 'json') throw badChoice('format', values.format, ['text', 'json']);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year > 1990 && year < 2100)) {
    throw new UserError(
      both(`--year 应为 2024 这样的年份，而不是“${values.year}”`, `--year must be a year such as 2024, not "${values.year}"`),
    );
  }
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0))
    throw new UserError(
      both(`--limit 应为正整数，而不是“${values.limit}”`, `--limit must be a positive whole number, not "${values.limit}"`),
    );

  const glossary = createGlossary();
  const hits = glossary.lookup(query, { limit, year }).filter((h) => h.score >= MIN_SCORE);
  if (!hits.length) {
    io.stderr(
      lang === 'zh'
        ? `dlens glossary：没有与“${query}”相符的名词或科目编码\n`
        : `dlens glossary: no term or classification code matches "${query}"\n`,
    );
    return EXIT.fail;
  }
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ query, year: year ?? null, hits }, null, 2) + '\n');
  } else {
    io.stdout(hits.map((h) => formatHit(h, lang, glossary, year)).join('\n') + '\n');
  }
  return EXIT.ok;
}

/** One entry in the run's language: the term (as documents print it), its explanation, its codes with their names. */
function formatHit(hit: LookupHit, lang: Lang, glossary: Glossary, year?: number): string {
  const { entry, code } = hit;
  const W = WORDS[lang];
  const how = { exact: W.exact, alias: W.alias, code: W.code_, fuzzy: W.fuzzy }[hit.matchedBy] ?? hit.matchedBy;
  const sep = lang === 'zh' ? '：' : ': ';
  const list = lang === 'zh' ? '、' : ', ';
  const lines = [`${entry.term}  [${entry.id}]  (${how}${hit.matchedBy === 'fuzzy' ? ` ${hit.score.toFixed(2)}` : ''})`];
  lines.push(`  ${lang === 'zh' ? entry.zh : entry.en}`);
  if (code) {
    lines.push(`  ${W.code}${sep}${code.path.map((s) => `${s.code} ${s.name ?? W.unknown}`).join(' → ')}${code.inferred ? ' *' : ''}`);
    const older = code.renames.map((r) => `${r.name}${r.years ? ` ${r.years[0]}–${r.years[1] ?? ''}` : ''}`);
    if (older.length) lines.push(`  ${W.older}${sep}${older.join(list)}`);
  } else if (entry.aliases.length) {
    lines.push(`  ${W.aka}${sep}${entry.aliases.join(list)}`);
  }
  if (!code && entry.codes?.length) {
    lines.push(`  ${W.code}${sep}${entry.codes.map((c) => `${c} ${glossary.codes.resolve(c, year)?.name ?? W.unknown}`).join(list)}`);
  }
  return lines.join('\n');
}
