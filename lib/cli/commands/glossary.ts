// dlens glossary <query>: explains a budget term or a classification code in any printed form.
import { createGlossary, type LookupHit } from '../../glossary';
import { EXIT, UserError, parseCommandArgs, type CliIO } from '../io';

const USAGE = `usage: dlens glossary <query> [--format text|json] [--lang zh|en] [--year YYYY] [--limit N]

  <query>   a term ("三公经费", "年初结转和结余", Traditional characters work too) or a code
            in any printed form ("2010301", "201 03 01", "[2010301]行政运行",
            "（204类）司法（06款）行政运行（01项）", "一般公共服务（类）财政事务（款）…")
  --year    the document's year, for codes renamed in the 2019 catalogue
  --limit   how many entries to print (default 3)
`;
const DEFAULT_LIMIT = 3;
/** Fuzzy hits below this score are noise, not answers. */
const MIN_SCORE = 0.3;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('glossary', argv, {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', default: 'zh' },
    year: { type: 'string' },
    limit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const query = positionals.join(' ').trim();
  if (!query) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UserError(`glossary: --format must be text or json, not "${values.format}"`);
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UserError(`glossary: --lang must be zh or en, not "${values.lang}"`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year > 1990 && year < 2100)) throw new UserError(`glossary: --year must be a year such as 2024, not "${values.year}"`);
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UserError(`glossary: --limit must be a positive whole number, not "${values.limit}"`);

  const hits = createGlossary()
    .lookup(query, { limit, year })
    .filter((h) => h.score >= MIN_SCORE);
  if (!hits.length) {
    io.stderr(`dlens glossary: no term or classification code matches "${query}"\n`);
    return EXIT.fail;
  }
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ query, year: year ?? null, hits }, null, 2) + '\n');
  } else {
    io.stdout(hits.map((h) => formatHit(h, values.lang as 'zh' | 'en')).join('\n') + '\n');
  }
  return EXIT.ok;
}

function formatHit(hit: LookupHit, lang: 'zh' | 'en'): string {
  const { entry, code } = hit;
  const L = lang === 'zh' ? { aka: '又称', code: '科目', older: '曾用名', how: '匹配' } : { aka: 'also', code: 'code', older: 'other names', how: 'matched by' };
  const lines = [`${entry.term}  [${entry.id}]  (${L.how} ${hit.matchedBy}, ${hit.score.toFixed(2)})`];
  if (lang === 'zh') lines.push(`  ${entry.zh}`, `  EN: ${entry.en}`);
  else lines.push(`  ${entry.en}`, `  中文: ${entry.zh}`);
  if (code) {
    lines.push(`  ${L.code}: ${code.path.map((s) => `${s.code} ${s.name ?? '?'}（${s.level}）`).join(' → ')}${code.inferred ? ' *' : ''}`);
    const older = code.renames.map((r) => `${r.name}${r.years ? ` ${r.years[0]}–${r.years[1] ?? ''}` : ''}`);
    if (older.length) lines.push(`  ${L.older}: ${older.join('; ')}`);
  } else if (entry.aliases.length) {
    lines.push(`  ${L.aka}: ${entry.aliases.join('、')}`);
  }
  if (!code && entry.codes?.length) lines.push(`  ${L.code}: ${entry.codes.join(', ')}`);
  return lines.join('\n');
}
