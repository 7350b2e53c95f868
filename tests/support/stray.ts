// Stray script in a report: English words in a Chinese run, Chinese in an English run — outside
// what the document itself prints. The exclusion is the document's own text: a Han run (or a Latin
// word) that occurs verbatim in the document's blocks, cells or title is quoted from it, whatever
// the message around it says. Everything else the report prints is ours and must be in the run's
// language. Identifiers are not words: rule ids (N4, SCAN), the file path line, the class ids of
// the glossary ([three-public-costs]) and a few format names (PDF, JSON, CSV, MB).
import type { DisclosureDocument } from '../../lib/model/types';
import type { Lang } from '../../lib/findings';

const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}（）“”、，；：·—]*/gu;
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
const IDENTIFIERS = /^(?:[A-Z]{1,4}\d{0,2}|PDF|JSON|CSV|MB|HTML|ESR|dlens|pt|x)$/;

export function documentText(doc: DisclosureDocument): string {
  const parts: string[] = [doc.info.department ?? ''];
  for (const b of doc.blocks) parts.push(b.text);
  for (const t of doc.tables) {
    parts.push(t.title, t.unit ?? '');
    for (const r of t.rows) for (const c of r) parts.push(c.text);
  }
  return parts.join('\n').replace(/\s+/g, '');
}

/** Words of the wrong script in `output` that the document does not print itself. */
export function strayWords(output: string, lang: Lang, docText: string, skipLines: (line: string) => boolean = () => false): string[] {
  const stray: string[] = [];
  const lower = docText.toLowerCase();
  for (const line of output.split('\n')) {
    if (skipLines(line)) continue;
    const text = line.replace(/\[[a-z0-9:-]+\]/g, ''); // glossary ids
    if (lang === 'zh') {
      for (const [w] of text.matchAll(LATIN_WORD)) {
        if (IDENTIFIERS.test(w) || lower.includes(w.toLowerCase())) continue;
        stray.push(w);
      }
    } else {
      for (const [run] of text.matchAll(HAN_RUN)) {
        const core = run.replace(/[（）“”、，；：·—]+$/u, '');
        if (docText.includes(core.replace(/\s+/g, ''))) continue;
        // A run glued from quoted pieces ("公开01表…" + "合计"): every Han piece must be quoted.
        if (
          core
            .split(/[（）“”、，；：·—]+/u)
            .filter(Boolean)
            .every((p) => docText.includes(p))
        )
          continue;
        stray.push(core);
      }
    }
  }
  return stray;
}
