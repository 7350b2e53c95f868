import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../../lib/layout/paragraphs';
import { makeLine } from '../../../lib/layout/lines';
import { rangeAnchors } from '../../../lib/layout/spans';

const FS = 12;
const line = (text: string, x0: number, top: number, x1 = x0 + FS * text.length) =>
  makeLine([{ text, fontSize: FS, bbox: [x0, top, x1, top + FS] }], 1);
const page = (lines: ReturnType<typeof line>[]) => [{ page: 1, height: 800, lines }];

describe('buildBlocks', () => {
  it('rejoins a number broken at the line end ("2116." / "76") and maps it to both lines', () => {
    const lines = [
      line('本年支出预算比上年增加一些其中基本支出增加2116.', 84, 100, 500),
      line('76万元，主要原因是人员增加。', 60, 116),
      line('二、其他说明', 84, 150),
    ];
    const blocks = buildBlocks(page(lines));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
    const b = blocks[0];
    expect(b.text).toBe('本年支出预算比上年增加一些其中基本支出增加2116.76万元，主要原因是人员增加。');
    const s = b.text.indexOf('2116.76');
    const anchors = rangeAnchors(b, s, s + 7);
    expect(anchors.map((a) => a.bbox![1])).toEqual([100, 116]);
  });

  it('keeps amounts on consecutive lines apart', () => {
    const blocks = buildBlocks(page([line('合计', 60, 100), line('12.50', 60, 116), line('7.25', 60, 132)]));
    expect(blocks.map((b) => b.text).join('|')).not.toContain('12.507.25');
  });

  it('starts a new block at an indented first line and at numbered items', () => {
    const full = '这是一段很长的正文内容用于填满整行文字直到右边界为止这是一段';
    const blocks = buildBlocks(
      page([
        line(full, 84, 100, 500),
        line('正文的第二行。', 60, 116),
        line(full, 84, 132, 500),
        line('1.第一项说明', 60, 148),
        line('2.第二项说明', 60, 164),
      ]),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'item', 'item']);
    expect(blocks[0].text).toBe(full + '正文的第二行。');
  });
});
