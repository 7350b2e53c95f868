// Several files of one year (Jiangsu publishes `_text.pdf` + `_tables.pdf`) → one document.
// Pages stay as printed in each file; `originOf` tells which file a table or block came from.
import type { DisclosureDocument, DocKind } from '../model';

const ORIGIN = new WeakMap<object, string>();

/** The file a table or block of a merged document was read from (the document's own path otherwise). */
export function originOf(doc: DisclosureDocument, part: object): string {
  return ORIGIN.get(part) ?? doc.source.path ?? '';
}

export function mergeDocuments(docs: DisclosureDocument[]): DisclosureDocument {
  if (docs.length === 1) return docs[0];
  if (!docs.length) throw new Error('mergeDocuments: no documents');
  for (const d of docs) {
    for (const b of d.blocks) ORIGIN.set(b, d.source.path ?? '');
    for (const t of d.tables) ORIGIN.set(t, d.source.path ?? '');
  }
  const known = docs.find((d) => d.info.kind !== 'other') ?? docs[0];
  const kind: DocKind = known.info.kind;
  let n = 0;
  return {
    source: { path: docs.map((d) => d.source.path ?? '?').join('+'), format: docs[0].source.format },
    info: {
      ...known.info,
      kind,
      year: docs.find((d) => d.info.year)?.info.year,
      department: docs.find((d) => d.info.department)?.info.department,
      unit: docs.find((d) => d.info.unit)?.info.unit,
      pages: docs.reduce((s, d) => s + d.info.pages, 0),
      textLayer: docs.some((d) => d.info.textLayer),
    },
    blocks: docs.flatMap((d) => d.blocks),
    // Re-identified: ids stay unique across the merged files; the objects keep their origin.
    tables: docs.flatMap((d) =>
      d.tables.map((t) => {
        const copy = { ...t, id: `t${++n}` };
        ORIGIN.set(copy, d.source.path ?? '');
        return copy;
      }),
    ),
  };
}
