// dlens annotate file.pdf -o out.pdf: the original PDF with each finding's boxes and a note per finding.
import { writeFile } from 'node:fs/promises';
import type { Lang } from '../../findings';
import { AnnotateError, annotatePdf, annotatedFindings } from '../../report/annotate';
import { EXIT, UserError, parseCommandArgs, type CliIO } from '../io';
import { checkReviewed } from '../reviewed';

const HELP = `usage: dlens annotate file.pdf -o out.pdf [options]

Writes a copy of the PDF with each finding's boxes (square annotations: red fail, orange warn, purple
unverifiable) and a note on each finding with its message, formula, tolerance and the reader's mark.
The pages themselves are unchanged; any PDF reader shows the annotations.

options:
  -o, --out FILE      the annotated copy (required)
  --marks FILE        a reader's marks exported from the extension (dlens.marks/1); marked findings are always shown
  --passes            also annotate pass and rounding findings
  --lang zh|en        language of the notes (default zh)`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('annotate', argv, {
    out: { type: 'string', short: 'o' },
    marks: { type: 'string' },
    passes: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'zh' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(HELP + '\n');
    return EXIT.ok;
  }
  if (!['zh', 'en'].includes(values.lang!)) throw new UserError(`unknown --lang "${values.lang}" (zh or en)`);
  if (!values.out) throw new UserError('dlens annotate needs -o out.pdf (see dlens annotate --help)');
  if (positionals.length > 1) throw new UserError('dlens annotate takes one PDF');
  const lang = values.lang as Lang;
  const { bytes, report } = await checkReviewed(positionals[0], 'annotate', { lang, marks: values.marks });
  let out: Uint8Array;
  try {
    out = await annotatePdf(bytes, report, { lang, passes: values.passes });
  } catch (err) {
    if (err instanceof AnnotateError) throw new UserError(`${positionals[0]}: ${err.message}`);
    throw err;
  }
  await writeFile(values.out, out);
  const n = annotatedFindings(report, { passes: values.passes }).length;
  io.stderr(lang === 'zh' ? `已写入 ${values.out}：${n} 个问题带批注\n` : `wrote ${values.out}: ${n} findings annotated\n`);
  return EXIT.ok;
}
