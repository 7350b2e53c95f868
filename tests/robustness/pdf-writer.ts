// Hand-written PDFs for robustness tests: objects in, a file with a correct xref table out.
export function writePdf(objects: string[], rootRef = '1 0 R'): Uint8Array {
  const parts: string[] = ['%PDF-1.7\n%\xE2\xE3\xCF\xD3\n'];
  let offset = Buffer.byteLength(parts[0], 'latin1');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = `${i + 1} 0 obj\n${body}\nendobj\n`;
    offsets.push(offset);
    offset += Buffer.byteLength(obj, 'latin1');
    parts.push(obj);
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  parts.push(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root ${rootRef} >>\nstartxref\n${offset}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}

export const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** One page whose content stream is `content` (font /F1 = Helvetica). */
export function onePage(content: string, mediaBox = '[0 0 595 842]'): Uint8Array {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    FONT,
    stream(content),
  ]);
}

/** `pages` text-less pages (one shared content stream), in a flat page tree. */
export function manyPages(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, stream('0 0 m 10 10 l S')];
  for (let i = 0; i < pages; i++) objs.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>');
  return writePdf(objs);
}

/** A page tree `depth` levels deep (each node one kid) above a single page. */
export function deepPageTree(depth: number): Uint8Array {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let d = 0; d < depth; d++) objs.push(`<< /Type /Pages /Kids [${d + 3} 0 R] /Count 1 >>`);
  objs.push(`<< /Type /Page /MediaBox [0 0 595 842] /Contents ${depth + 3} 0 R >>`);
  objs.push(stream('0 0 m 10 10 l S'));
  return writePdf(objs);
}

/** A page tree whose node lists itself as its kid. */
export function cyclicPageTree(): Uint8Array {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Pages /Kids [2 0 R] /Count 1 >>',
  ]);
}

/** Nested arrays `depth` deep in the catalog (a parser-recursion test). */
export function deepArrays(depth: number): Uint8Array {
  return writePdf([
    `<< /Type /Catalog /Pages 2 0 R /Junk ${'['.repeat(depth)}${']'.repeat(depth)} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]);
}

/** `n` separate text-show operations of a digit, spread over the page. */
export function manyTextItems(n: number): Uint8Array {
  const ops: string[] = ['BT /F1 2 Tf'];
  for (let i = 0; i < n; i++) ops.push(`1 0 0 1 ${(i % 280) * 2 + 5} ${830 - Math.floor(i / 280) * 0.8} Tm (${i % 10}) Tj`);
  ops.push('ET');
  return onePage(ops.join('\n'));
}

/** A ruled table one row high with `cols` numeric columns, under a budget-like title. */
export function wideTable(cols: number): Uint8Array {
  const width = cols * 20 + 40;
  const ops: string[] = ['0.5 w'];
  for (let c = 0; c <= cols; c++) ops.push(`${20 + c * 20} 700 m ${20 + c * 20} 760 l S`);
  ops.push(`20 700 m ${20 + cols * 20} 700 l S`, `20 730 m ${20 + cols * 20} 730 l S`, `20 760 m ${20 + cols * 20} 760 l S`);
  ops.push('BT /F1 6 Tf');
  for (let c = 0; c < cols; c++) ops.push(`1 0 0 1 ${22 + c * 20} 742 Tm (C${c}) Tj 1 0 0 1 ${22 + c * 20} 712 Tm (${(c % 97) + 1}.00) Tj`);
  ops.push('ET');
  return onePage(ops.join('\n'), `[0 0 ${width} 842]`);
}
