// Debug rendering (house rule 6): a page's text boxes, rules, grid cells and tables as an SVG
// string, so a human can see why a table came out wrong. No DOM: plain string building.
import type { PageContent } from '../pdf';
import type { Table } from '../model';
import type { Grid } from './table-grid';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const n = (v: number) => Math.round(v * 10) / 10;

export interface DebugLayers {
  grids?: Grid[];
  tables?: Table[];
}

/** SVG of one page: grey text boxes with their text, red rules, blue grid cells (spans shaded), green tables. */
export function renderTableDebugSvg(page: PageContent, layers: DebugLayers = {}): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}" height="${n(page.height)}" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="sans-serif">`,
  );
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  for (const f of page.fills) {
    const [x0, y0, x1, y1] = f.bbox;
    out.push(`<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" fill="#f3e9c6"/>`);
  }
  for (const r of page.runs) {
    const [x0, y0, x1, y1] = r.bbox;
    out.push(
      `<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(Math.max(y1 - y0, 0.5))}" fill="none" stroke="#bbb" stroke-width="0.3"/>`,
    );
    out.push(`<text x="${n(x0)}" y="${n(y1 - 1)}" font-size="${n(Math.max(3, (y1 - y0) * 0.8))}" fill="#444">${esc(r.text)}</text>`);
  }
  for (const r of page.rules)
    out.push(`<line x1="${n(r.x0)}" y1="${n(r.y0)}" x2="${n(r.x1)}" y2="${n(r.y1)}" stroke="red" stroke-width="0.8"/>`);
  for (const g of layers.grids ?? []) {
    const colour = g.kind === 'ruled' ? '#1f5fd6' : '#c2410c';
    for (const c of g.cells) {
      const x0 = g.xs[c.c],
        x1 = g.xs[c.c + c.colSpan],
        y0 = g.ys[c.r],
        y1 = g.ys[c.r + c.rowSpan];
      const span = c.rowSpan > 1 || c.colSpan > 1;
      out.push(
        `<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" fill="${span ? colour : 'none'}" fill-opacity="0.12" stroke="${colour}" stroke-width="0.5" stroke-dasharray="${g.kind === 'stream' ? '2,1' : 'none'}"/>`,
      );
    }
  }
  for (const t of layers.tables ?? []) {
    if (!t.bbox) continue;
    const [x0, y0, x1, y1] = t.bbox;
    out.push(
      `<rect x="${n(x0 - 2)}" y="${n(y0 - 2)}" width="${n(x1 - x0 + 4)}" height="${n(y1 - y0 + 4)}" fill="none" stroke="green" stroke-width="1.5"/>`,
    );
    const label = `${t.id} ${t.rows.length}×${t.rows[0]?.length ?? 0} ${t.title}${t.unit ? ` [${t.unit}]` : ''}`;
    out.push(`<text x="${n(x0)}" y="${n(Math.max(8, y0 - 4))}" font-size="7" fill="green">${esc(label)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
