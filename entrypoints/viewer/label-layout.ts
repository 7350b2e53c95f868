// The finding labels of one PDF page, placed in the page's displayed pixels (scaled and turned) so
// that none covers a text item of the page or another label (components/label-place.ts).
import type { BBox } from '../../lib/model';
import type { Status } from '../../lib/rules';
import { labelPriority, placeLabels, type Placement, type Rect } from '../../components/label-place';
import { LABEL_H, labelWidth } from '../../components/label-measure';
import { rotateBox, rotatedSize, type Rotation } from './rotate';

/** pdf.js's text layer draws an item from its ascent above the baseline to a descent below it; the
 *  text item's box ends at the baseline, so the descent is added (at most a quarter of the height). */
function textBox(t: BBox): BBox {
  return [t[0], t[1], t[2], t[3] + 0.3 * (t[3] - t[1])];
}

interface Labelled {
  status: Status;
  bbox: BBox;
  label: string;
  /** The finding's first box on this page (its full status word). */
  first: boolean;
}

/** One placement per box, in the boxes' order. `text`: the page's text items at scale 1, unrotated. */
export function layoutLabels(
  boxes: readonly Labelled[],
  text: readonly BBox[],
  size: { w: number; h: number },
  scale: number,
  rotation: Rotation,
): Placement[] {
  const shown = (b: BBox): Rect => {
    const r = rotateBox(b, size, rotation);
    return [r[0] * scale, r[1] * scale, r[2] * scale, r[3] * scale];
  };
  const page = rotatedSize(size, rotation);
  return placeLabels(
    boxes.map((b) => ({ box: shown(b.bbox), w: labelWidth(b.label), h: LABEL_H, priority: labelPriority(b.status, b.first) })),
    text.map((t) => shown(textBox(t))),
    [0, 0, page.w * scale, page.h * scale],
  );
}
