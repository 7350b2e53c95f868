// Tables printed sideways (a landscape table on a portrait page, or a page displayed with /Rotate):
// when most runs are vertical, the page is turned upright for detection and the boxes turned back.
import type { PageContent, RuleSegment } from '../pdf';
import type { BBox, Table } from '../model';

/** Share of vertical runs above which a page is treated as sideways. */
const SIDEWAYS_RUN_SHARE = 0.5;

type Pt = [number, number];
export interface Turn {
  page: PageContent;
  back: (b: BBox) => BBox;
}

const box = (a: Pt, b: Pt): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];

/**
 * Whether sideways text reads top to bottom (turned clockwise): consecutive runs of one vertical line
 * follow each other downward. Undefined when the runs give no evidence (then /Rotate 90 decides).
 */
function readsDownward(page: PageContent): boolean | undefined {
  let down = 0,
    up = 0;
  const runs = page.runs.filter((r) => r.vertical);
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1].bbox,
      b = runs[i].bbox;
    const sameLine = Math.abs((a[0] + a[2]) / 2 - (b[0] + b[2]) / 2) < Math.min(a[2] - a[0], b[2] - b[0]) / 2;
    if (!sameLine) continue;
    if (b[1] >= a[3] - 1) down++;
    else if (b[3] <= a[1] + 1) up++;
  }
  return down === up ? undefined : down > up;
}

/** The page turned upright (identity when it already reads upright). */
export function uprightPage(page: PageContent): Turn {
  const vertical = page.runs.filter((r) => r.vertical).length;
  if (!page.runs.length || vertical <= SIDEWAYS_RUN_SHARE * page.runs.length) return { page, back: (b) => b };
  const W = page.width,
    H = page.height;
  const clockwise = readsDownward(page) ?? page.rotation === 90;
  const fwd = ([x, y]: Pt): Pt => (clockwise ? [y, W - x] : [H - y, x]);
  const inv = ([u, v]: Pt): Pt => (clockwise ? [W - v, u] : [v, H - u]);
  const turnBox = (b: BBox, f: (p: Pt) => Pt): BBox => box(f([b[0], b[1]]), f([b[2], b[3]]));
  const turnRule = (r: RuleSegment): RuleSegment => {
    const [a, b] = [fwd([r.x0, r.y0]), fwd([r.x1, r.y1])];
    const orient = r.orient === 'h' ? 'v' : 'h';
    return { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]), orient };
  };
  const turned: PageContent = {
    ...page,
    width: H,
    height: W,
    runs: page.runs.map((r) => ({ ...r, bbox: turnBox(r.bbox, fwd), vertical: undefined, xs: undefined })),
    rules: page.rules.map(turnRule),
    fills: page.fills.map((f) => ({ bbox: turnBox(f.bbox, fwd) })),
  };
  return { page: turned, back: (b) => turnBox(b, inv) };
}

/** Maps every box of the tables back onto the page as displayed. */
export function turnTablesBack(tables: Table[], back: (b: BBox) => BBox): void {
  for (const t of tables) {
    if (t.bbox) t.bbox = back(t.bbox);
    for (const row of t.rows) for (const c of row) if (c.bbox) c.bbox = back(c.bbox);
  }
}
