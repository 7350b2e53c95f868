// Where each finding box's status label goes: the nearest spot that covers no text and no label
// placed before it, inside the page (next to the box, else the nearest free place around it, else
// the row's margin); when no spot is free, a small marker in the box's corner
// instead (the full status stays in the box's tooltip). Pure: rectangles in, rectangles out, so the
// viewer (pdf.js text items) and the page overlay (text node rects) share it.

/** [x0, y0, x1, y1], y down, in one coordinate space (the caller's pixels). */
export type Rect = readonly [number, number, number, number];

export interface LabelRequest {
  box: Rect;
  /** The label's size. */
  w: number;
  h: number;
  /** Lower claims a spot first (ties keep the given order). */
  priority?: number;
}

export type Placement = { kind: 'label'; rect: Rect } | { kind: 'marker'; rect: Rect };

/** Side of the corner marker used when no label spot is free. */
export const MARKER_PX = 5;
/** Space kept between a label and the text or labels around it. */
const CLEAR_PX = 1;

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** How far (px) along its row a label is looked for before the row's margins; across rows it goes at
 *  most one label height past the line gap next to the box, never over another line of text. */
export const NEAR_REACH_PX = 72;
/** Steps of that search: labels slide along a line gap in STEP_X, across rows in STEP_Y. */
const STEP_X = 6;
const STEP_Y = 2;

/** The gap between two rectangles (0 when they touch or overlap). */
export function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(0, b[0] - a[2], a[0] - b[2]);
  const dy = Math.max(0, b[1] - a[3], a[1] - b[3]);
  return Math.hypot(dx, dy);
}

/** The spots near the box, nearest first: in tightly packed running text the free place is often the
 *  line gap a little left or right of the number. A label two lines away would read as that line's. */
export function nearbySpots(req: LabelRequest, around: readonly Rect[] = []): Rect[] {
  const [x0, y0, x1, y1] = req.box;
  const { w, h } = req;
  const g = CLEAR_PX;
  const lo = y0 - 2 * h,
    hi = y1 + h;
  // Tops tried: a grid, and the exact fits against the box and the text around (a line gap may be
  // just a label's height).
  const tops = new Set<number>([y0 - h - g, y1 + g]);
  for (let y = lo; y <= hi; y += STEP_Y) tops.add(y);
  for (const t of around) tops.add(t[3] + g).add(t[1] - h - g);
  const spots: { r: Rect; d: number }[] = [];
  for (const y of tops) {
    if (y < lo || y > hi) continue;
    for (let x = x0 - w - NEAR_REACH_PX; x <= x1 + NEAR_REACH_PX; x += STEP_X) {
      const r: Rect = [x, y, x + w, y + h];
      const d = gapBetween(r, req.box);
      if (d <= NEAR_REACH_PX) spots.push({ r, d });
    }
  }
  return spots.sort((a, b) => a.d - b.d).map((s) => s.r);
}

/** The spots tried for a label, best first: above the box (where it sat before), inside its free
 *  corners and ends, beside it on its row, below it; `margins` adds the row's margins on the page. */
export function candidates(req: LabelRequest, bounds: Rect, margins = true): Rect[] {
  const [x0, y0, x1, y1] = req.box;
  const { w, h } = req;
  const g = CLEAR_PX;
  const mid = (y0 + y1) / 2 - h / 2;
  const at = (x: number, y: number): Rect => [x, y, x + w, y + h];
  const near = [
    at(x0, y0 - h - g),
    at(x1 - w, y0 - h - g),
    at(x0 + g, y0 + g),
    at(x1 - w - g, y0 + g),
    at(x0 + g, mid),
    at(x1 - w - g, mid),
    at(x0 - w - g, mid),
    at(x1 + g, mid),
    at(x0, y1 + g),
    at(x1 - w, y1 + g),
    at(x0 + g, y1 - h - g),
    at(x1 - w - g, y1 - h - g),
  ];
  return margins ? [...near, at(bounds[0] + g, mid), at(bounds[2] - w - g, mid)] : near;
}

/** One placement per request, in the requests' order; spots are claimed by priority. `text` is every
 *  text rectangle of the page; `bounds` the page. A spot that also keeps off the other boxes is
 *  preferred (a label on a neighbour's box reads as the neighbour's); else any spot off text and labels. */
export function placeLabels(requests: readonly LabelRequest[], text: readonly Rect[], bounds: Rect): Placement[] {
  const texts = new RectGrid(text);
  const boxes = new RectGrid(requests.map((r) => r.box));
  const placed = new RectGrid([]);
  const pad = (r: Rect): Rect => [r[0] - CLEAR_PX, r[1] - CLEAR_PX, r[2] + CLEAR_PX, r[3] + CLEAR_PX];
  const inside = (r: Rect) => r[0] >= bounds[0] && r[1] >= bounds[1] && r[2] <= bounds[2] && r[3] <= bounds[3];
  const free = (spot: Rect) => {
    if (!inside(spot)) return false;
    const clear = pad(spot);
    return !texts.some(clear, (t) => overlaps(clear, t)) && !placed.some(clear, (l) => overlaps(clear, l));
  };
  // Boxes on the same cell (several findings using one number) count as the label's own.
  const same = (a: Rect, b: Rect) => a.every((v, i) => Math.abs(v - b[i]) <= 1);
  const offOtherBoxes = (spot: Rect, own: LabelRequest) => !boxes.some(spot, (o) => !same(o, own.box) && overlaps(spot, o));
  // Tried in turn: the spots next to the box, then the nearest free spot around it, then the row's margins.
  const place = (req: LabelRequest): Placement => {
    const next = candidates(req, bounds, false);
    let spot = next.find((c) => offOtherBoxes(c, req) && free(c));
    if (!spot) {
      const [x0, y0, x1, y1] = req.box;
      const near = nearbySpots(req, texts.near([x0 - req.w - NEAR_REACH_PX, y0 - 2 * req.h, x1 + NEAR_REACH_PX, y1 + req.h]));
      spot = near.find((c) => offOtherBoxes(c, req) && free(c)) ?? next.find(free) ?? near.find(free);
    }
    spot ??= candidates(req, bounds).find(free);
    if (spot) {
      placed.add(spot);
      return { kind: 'label', rect: spot };
    }
    const [x0, y0] = req.box;
    return { kind: 'marker', rect: [x0, y0, x0 + MARKER_PX, y0 + MARKER_PX] };
  };
  const order = requests.map((_, i) => i).sort((a, b) => (requests[a].priority ?? 0) - (requests[b].priority ?? 0));
  const out: Placement[] = new Array(requests.length);
  for (const i of order) out[i] = place(requests[i]);
  return out;
}

/** Rectangles bucketed on a coarse grid, so a test looks only at the rectangles near it. */
class RectGrid {
  private readonly cells = new Map<number, Rect[]>();
  constructor(rects: readonly Rect[]) {
    for (const r of rects) this.add(r);
  }
  add(r: Rect): void {
    this.each(r, (k) => {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    });
  }
  /** The rectangles overlapping r. */
  near(r: Rect): Rect[] {
    const out = new Set<Rect>();
    this.each(r, (k) => this.cells.get(k)?.forEach((o) => overlaps(o, r) && out.add(o)));
    return [...out];
  }
  some(r: Rect, test: (o: Rect) => boolean): boolean {
    let hit = false;
    this.each(r, (k) => (hit ||= !!this.cells.get(k)?.some(test)));
    return hit;
  }
  private each(r: Rect, f: (key: number) => void): void {
    const cell = (v: number) => Math.floor(v / GRID_PX) + 0x8000;
    for (let x = cell(r[0]); x <= cell(r[2]); x++) for (let y = cell(r[1]); y <= cell(r[3]); y++) f(x * 0x10000 + y);
  }
}
const GRID_PX = 64;

/** Severe statuses claim the free spots first, and a finding's first box (its full word) before its others. */
const STATUS_RANK: Record<string, number> = { fail: 0, warn: 1, unverifiable: 2, rounding: 3, pass: 4, note: 5 };
export function labelPriority(status: string, first: boolean): number {
  return (STATUS_RANK[status] ?? 6) * 2 + (first ? 0 : 1);
}
