import { describe, expect, it } from 'vitest';
import { gapBetween, labelPriority, MARKER_PX, placeLabels, type Rect } from '../../components/label-place';

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
const PAGE: Rect = [0, 0, 600, 800];

describe('placeLabels', () => {
  it('keeps a label above its box when the row above is free', () => {
    const [p] = placeLabels([{ box: [100, 100, 160, 114], w: 40, h: 12 }], [[100, 100, 160, 114]], PAGE);
    expect(p).toEqual({ kind: 'label', rect: [100, 87, 140, 99] });
  });

  it('moves a label off the text row above to the free space beside the number', () => {
    // A table: rows of text 16 px apart, the number right-aligned in its cell, the cell's left part empty.
    const text: Rect[] = [];
    for (let y = 80; y <= 160; y += 16) text.push([20, y, 90, y + 12], [200, y, 260, y + 12]);
    const box: Rect = [200, 112, 260, 124];
    const [p] = placeLabels([{ box, w: 40, h: 12 }], text, PAGE);
    expect(p.kind).toBe('label');
    expect(text.every((t) => overlap(t, p.rect) === 0)).toBe(true);
    expect(p.rect).toEqual([159, 112, 199, 124]); // left of the number, on its row
  });

  it('never puts two labels on each other: the second box takes its next free spot', () => {
    const a: Rect = [100, 100, 140, 112];
    const b: Rect = [100, 114, 140, 126]; // directly under a: its "above" spot is a's row
    const out = placeLabels(
      [
        { box: a, w: 30, h: 12 },
        { box: b, w: 30, h: 12 },
      ],
      [a, b],
      PAGE,
    );
    expect(out.map((o) => o.kind)).toEqual(['label', 'label']);
    expect(overlap(out[0].rect, out[1].rect)).toBe(0);
    for (const o of out) expect(overlap(o.rect, a) + overlap(o.rect, b)).toBe(0);
  });

  it('shrinks to a corner marker inside the box when text is everywhere around it', () => {
    const box: Rect = [100, 100, 140, 112];
    const text: Rect[] = [[0, 0, 600, 800]];
    const [p] = placeLabels([{ box, w: 30, h: 12 }], text, PAGE);
    expect(p).toEqual({ kind: 'marker', rect: [100, 100, 100 + MARKER_PX, 100 + MARKER_PX] });
  });

  it('in tightly packed running text, slides a label along the line gap to the nearest free place, not the row margin', () => {
    // Three full lines of text 20 px high, 14 px apart; the gaps above and below the number are taken
    // by the labels of the numbers on the lines above and below (placed first).
    const text: Rect[] = [
      [0, 0, 600, 20],
      [0, 34, 600, 54],
      [0, 68, 600, 88],
    ];
    const box: Rect = [200, 34, 220, 54];
    const out = placeLabels(
      [
        { box: [190, 0, 230, 20], w: 60, h: 12, priority: 0 }, // its label: below it, over our box
        { box: [190, 68, 230, 88], w: 60, h: 12, priority: 0 }, // its label: above it, under our box
        { box, w: 40, h: 12, priority: 1 },
      ],
      text,
      PAGE,
    );
    const p = out[2];
    expect(p.kind).toBe('label');
    expect(text.every((t) => overlap(t, p.rect) === 0)).toBe(true);
    expect(overlap(out[0].rect, p.rect) + overlap(out[1].rect, p.rect)).toBe(0);
    // In the line gap next to the taken spot (the margin at x = 1 would be 160 px away, and on text).
    expect(gapBetween(p.rect, box)).toBeLessThanOrEqual(14);
    expect(p.rect[1] >= 20 && p.rect[3] <= 34).toBe(true);
  });

  it('keeps labels on the page', () => {
    const box: Rect = [0, 0, 50, 12]; // top-left corner: above and left are off the page
    const [p] = placeLabels([{ box, w: 30, h: 12 }], [box], PAGE);
    expect(p.kind).toBe('label');
    expect(p.rect[0]).toBeGreaterThanOrEqual(0);
    expect(p.rect[1]).toBeGreaterThanOrEqual(0);
  });

  it('gives a fail the free spot before a pass asking for the same one, whatever their order', () => {
    const box: Rect = [100, 100, 140, 112];
    const text: Rect[] = [
      [0, 0, 600, 85],
      [0, 100, 600, 800],
      [0, 0, 99, 800],
      [141, 0, 600, 800],
    ];
    // Only the spot above the box is free; both boxes want it.
    const out = placeLabels(
      [
        { box, w: 30, h: 12, priority: labelPriority('pass', true) },
        { box, w: 30, h: 12, priority: labelPriority('fail', true) },
      ],
      text,
      PAGE,
    );
    expect(out[1].kind).toBe('label');
    expect(out[0].kind).toBe('marker');
  });
});

describe('placeLabels in a table of boxed cells', () => {
  it('puts no label on a neighbour’s box: above the top row, inside their own cells below it', () => {
    // Three rows of boxed cells, 30 px high, numbers 40 px wide centred in 100 px cells.
    const boxes: Rect[] = [];
    const text: Rect[] = [];
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) {
        boxes.push([100 + c * 100, 100 + r * 30, 200 + c * 100, 130 + r * 30]);
        text.push([130 + c * 100, 109 + r * 30, 170 + c * 100, 121 + r * 30]);
      }
    const out = placeLabels(
      boxes.map((box) => ({ box, w: 12, h: 12 })),
      text,
      PAGE,
    );
    out.forEach((p, i) => {
      expect(p.kind).toBe('label');
      const own = boxes[i];
      expect(boxes.filter((b) => b !== own).every((b) => overlap(b, p.rect) === 0)).toBe(true);
      if (i >= 3) expect(p.rect[0] >= own[0] && p.rect[2] <= own[2] && p.rect[1] >= own[1] && p.rect[3] <= own[3]).toBe(true);
      else expect(p.rect[3]).toBeLessThanOrEqual(own[1]);
    });
  });
});
