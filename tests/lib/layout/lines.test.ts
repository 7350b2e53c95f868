import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../lib/layout/lines';
import type { TextRun } from '../../../lib/pdf';

const run = (text: string, x0: number, top: number, fontSize = 10): TextRun => ({
  text,
  fontSize,
  bbox: [x0, top, x0 + text.length * fontSize, top + fontSize],
});

describe('buildLines', () => {
  it('joins runs of one baseline, spaces only visible gaps', () => {
    const lines = buildLines([run('收入', 100, 50), run('合计', 122, 50), run('12.50', 150, 50)], 1, 600);
    expect(lines.map((l) => l.text)).toEqual(['收入合计 12.50']);
    expect(lines[0].pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 4],
      [5, 10],
    ]);
  });

  it('reads a two-column page column by column, full-width lines in between', () => {
    const runs: TextRun[] = [run('通栏标题通栏标题通栏标题通栏标题通栏标题', 60, 20)];
    for (let i = 0; i < 5; i++) {
      runs.push(run(`左栏第${i}行文字`, 60, 60 + 15 * i));
      runs.push(run(`右栏第${i}行文字`, 330, 60 + 15 * i));
    }
    const texts = buildLines(runs, 1, 600).map((l) => l.text);
    expect(texts[0]).toBe('通栏标题通栏标题通栏标题通栏标题通栏标题');
    expect(texts.slice(1, 6)).toEqual([0, 1, 2, 3, 4].map((i) => `左栏第${i}行文字`));
    expect(texts.slice(6)).toEqual([0, 1, 2, 3, 4].map((i) => `右栏第${i}行文字`));
  });

  it('keeps single-column text top to bottom', () => {
    const runs = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => run(`第${i}行的一段正文内容很长很长很长很长很长很长很长`, 60, 60 + 15 * i));
    expect(buildLines(runs, 1, 600).map((l) => l.text[1])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
