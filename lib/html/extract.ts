// An HTML page (live DOM or linkedom) → the document model: narrative blocks and tables.
import type { Block, BlockKind, Cell, DisclosureDocument, SourceInfo, Table } from '../model';
import { blockKind } from '../model';
import { identifyDocument } from '../model';
import { nodePath } from './node-path';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'iframe', 'select', 'button', 'nav']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'center',
  'body',
  'tr',
  'table',
]);
const HEADING = /^h[1-6]$/;
/** Limits that keep a pathological page (tens of MB, huge tables) bounded. */
export const MAX_BLOCKS = 50_000;
export const MAX_TABLE_CELLS = 200_000;

const collapse = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ');

interface Builder {
  blocks: Block[];
  tables: Table[];
  /** Blocks and tables in document order (for attaching titles and notes to tables). */
  order: (Block | Table)[];
  text: string;
  owner: Element | null;
  kind: BlockKind | null;
}

function flush(b: Builder): void {
  const text = b.text.replace(/ *\n */g, '\n').replace(/^[ \n]+|[ \n]+$/g, '');
  if (text && b.owner && b.blocks.length < MAX_BLOCKS) {
    const kind = b.kind ?? blockKind(text);
    const block: Block = { kind, text, page: 1, spans: [{ start: 0, end: text.length, page: 1, node: nodePath(b.owner) }] };
    b.blocks.push(block);
    b.order.push(block);
  }
  b.text = '';
  b.kind = null;
}

function cellText(el: Element): string {
  return collapse(el.textContent ?? '').trim();
}

function readTable(table: Element, id: string): Table {
  const rows: Cell[][] = [];
  const occupied: boolean[][] = [];
  let cells = 0;
  const trs = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  trs.forEach((tr, r) => {
    rows[r] ??= [];
    occupied[r] ??= [];
    let c = 0;
    for (const td of Array.from(tr.children).filter((x) => /^t[dh]$/i.test(x.tagName))) {
      if (++cells > MAX_TABLE_CELLS) break;
      while (occupied[r][c]) c++;
      const rowSpan = Math.max(1, Math.min(1000, Number(td.getAttribute('rowspan')) || 1));
      const colSpan = Math.max(1, Math.min(1000, Number(td.getAttribute('colspan')) || 1));
      const node = nodePath(td);
      for (let dr = 0; dr < rowSpan; dr++) {
        rows[r + dr] ??= [];
        occupied[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          occupied[r + dr][c + dc] = true;
          rows[r + dr][c + dc] =
            dr === 0 && dc === 0
              ? {
                  text: cellText(td),
                  page: 1,
                  node,
                  rowSpan: rowSpan > 1 ? rowSpan : undefined,
                  colSpan: colSpan > 1 ? colSpan : undefined,
                }
              : { text: '', page: 1, node };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const row of rows) for (let c = 0; c < width; c++) row[c] ??= { text: '', page: 1 };
  const caption = table.querySelector('caption');
  return { id, page: 1, title: caption ? cellText(caption) : '', unit: '', rows: rows.filter((r) => r.some((c) => c.text)) };
}

function walk(node: Node, b: Builder): void {
  if (node.nodeType === 3) {
    b.text += collapse(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
  if (tag === 'br') {
    b.text += '\n';
    return;
  }
  if (tag === 'table') {
    flush(b);
    // Layout tables (one cell wrapping the page) are walked as text; data tables become tables.
    const nested = el.querySelector('table');
    const numericCells = Array.from(el.querySelectorAll('td,th')).filter((c) => /\d/.test(c.textContent ?? '')).length;
    if (!nested && numericCells >= 2) {
      const table = readTable(el, `t${b.tables.length + 1}`);
      b.tables.push(table);
      b.order.push(table);
      return;
    }
  }
  const isBlock = BLOCK.has(tag) || tag === 'td' || tag === 'th' || tag === 'caption';
  if (isBlock) flush(b);
  const saved = b.owner;
  if (isBlock) b.owner = el;
  if (HEADING.test(tag)) b.kind = 'heading';
  for (const child of Array.from(el.childNodes)) walk(child, b);
  if (isBlock) {
    if (HEADING.test(tag)) b.kind = 'heading';
    flush(b);
    b.owner = saved;
  }
}

const TITLE_NEAR = /表|预算|决算/;
const UNIT_LINE = /(?:金额)?单位\s*[:：]\s*(万元|元|亿元|千元)/;

/** Titles and 单位 lines are printed as paragraphs right before a table: attach them. */
function attachTitles(blocks: Block[], tables: Table[], order: (Block | Table)[]): void {
  order.forEach((item, i) => {
    if (!('rows' in item)) return;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const prev = order[j];
      if ('rows' in prev) break;
      const unit = UNIT_LINE.exec(prev.text);
      if (unit && !item.unit) item.unit = unit[1];
      else if (!item.title && TITLE_NEAR.test(prev.text) && prev.text.length <= 60) item.title = prev.text.replace(UNIT_LINE, '').trim();
    }
    const noteAfter = order[i + 1];
    if (noteAfter && !('rows' in noteAfter) && /此表为空|本表无数据|空表/.test(noteAfter.text)) item.emptyNote = noteAfter.text;
    if (!item.unit) {
      const inHeader = item.rows
        .slice(0, 2)
        .flat()
        .map((c) => UNIT_LINE.exec(c.text)?.[1])
        .find(Boolean);
      if (inHeader) item.unit = inHeader;
    }
  });
  void blocks;
  void tables;
}

export function documentFromHtml(root: Document, source: SourceInfo): DisclosureDocument {
  const b: Builder = { blocks: [], tables: [], order: [], text: '', owner: null, kind: null };
  const body = root.body ?? root.documentElement;
  if (body) walk(body, b);
  flush(b);
  attachTitles(b.blocks, b.tables, b.order);
  const title = collapse(root.querySelector('title')?.textContent ?? '').trim();
  const blocks =
    title && !b.blocks.some((x) => x.text.includes(title))
      ? [{ kind: 'heading' as const, text: title, page: 1, spans: [] }, ...b.blocks]
      : b.blocks;
  const doc: DisclosureDocument = { source, info: { kind: 'other', pages: 1, textLayer: true }, blocks, tables: b.tables };
  doc.info = { ...doc.info, ...identifyDocument(doc) };
  return doc;
}
