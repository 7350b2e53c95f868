// dlens memo file.pdf --marks marks.json -o memo.md: the confirmed findings as a Markdown memo, each
// with a PNG crop of its boxed region (written beside the memo) when a canvas is available.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { Lang } from '../../findings';
import { cropRegion, formatMemo, memoFindings } from '../../report';
import { EXIT, UserError, parseCommandArgs, type CliIO } from '../io';
import { checkReviewed } from '../reviewed';
import { renderPngCrops } from '../crops';

const HELP = `usage: dlens memo file.pdf --marks marks.json [-o memo.md] [options]

Writes a Markdown review memo of the findings the reader marked 已核实 (confirmed): each with its
formula, numbers, units, tolerance, page and a PNG crop of the boxed region (files in <memo>-crops/
beside the memo; without -o the memo links page numbers instead).

options:
  --marks FILE     the reader's marks exported from the extension (dlens.marks/1), required
  -o, --out FILE   the memo (default: standard output, without crops)
  --no-crops       link page numbers instead of writing crops
  --lang zh|en     language (default zh)`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('memo', argv, {
    out: { type: 'string', short: 'o' },
    marks: { type: 'string' },
    'no-crops': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'zh' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(HELP + '\n');
    return EXIT.ok;
  }
  if (!['zh', 'en'].includes(values.lang!)) throw new UserError(`unknown --lang "${values.lang}" (zh or en)`);
  if (!values.marks)
    throw new UserError('dlens memo needs --marks marks.json: the memo lists the findings you confirmed (see dlens memo --help)');
  if (positionals.length > 1) throw new UserError('dlens memo takes one PDF');
  const lang = values.lang as Lang;
  const { bytes, report } = await checkReviewed(positionals[0], 'memo', { lang, marks: values.marks });
  const crops = new Map<string, string>();
  if (values.out && !values['no-crops']) {
    const dir = join(dirname(values.out), `${basename(values.out).replace(/\.md$/i, '')}-crops`);
    const regions = memoFindings(report).flatMap((f) => {
      const r = cropRegion(f);
      return r ? [{ id: f.id, ...r }] : [];
    });
    const pngs = await renderPngCrops(bytes, regions);
    if (pngs === null)
      io.stderr(
        lang === 'zh'
          ? 'dlens: 没有可用的画布（@napi-rs/canvas），备忘只标页码\n'
          : 'dlens: no canvas available (@napi-rs/canvas): the memo links page numbers instead of crops\n',
      );
    else if (pngs.size) {
      await mkdir(dir, { recursive: true });
      for (const [id, png] of pngs) {
        const file = join(dir, `${id.replace(/[^\w.-]+/g, '_')}.png`);
        await writeFile(file, png);
        crops.set(id, relative(dirname(values.out), file).split('\\').join('/'));
      }
    }
  }
  const memo = formatMemo(report, lang, crops);
  if (values.out) {
    await writeFile(values.out, memo);
    const n = memoFindings(report).length;
    io.stderr(
      lang === 'zh'
        ? `已写入 ${values.out}：${n} 个已核实问题，${crops.size} 张截图\n`
        : `wrote ${values.out}: ${n} confirmed findings, ${crops.size} crops\n`,
    );
  } else io.stdout(memo);
  return EXIT.ok;
}
