import { describe, expect, it } from 'vitest';
import { normalizeRuns, splitMergedRun } from '../../../lib/pdf/normalize-runs';
import type { TextRun } from '../../../lib/pdf';

const run = (text: string, x0: number, x1: number, y = 100, fontSize = 10): TextRun => ({
  text,
  bbox: [x0, y - fontSize, x1, y],
  fontSize,
});

describe('splitMergedRun (pdf.js merges close table cells with one space)', () => {
  it('splits a label from its amount and apportions the box', () => {
    // 4 CJK (40pt) + space + 12 narrow chars: the space gets what is left of the 120pt box.
    const [label, amount] = splitMergedRun(run('营业收入 1,234,567.89', 0, 120));
    expect(label.text).toBe('营业收入');
    expect(amount.text).toBe('1,234,567.89');
    expect(label.bbox[2]).toBeCloseTo(40, 0);
    expect(amount.bbox[0]).toBeGreaterThan(label.bbox[2]);
    expect(amount.bbox[2]).toBe(120);
  });
  it('splits at two or more spaces and between two amounts', () => {
    expect(splitMergedRun(run('12.50 7.25', 0, 60)).map((r) => r.text)).toEqual(['12.50', '7.25']);
    expect(splitMergedRun(run('合计   3,558.35', 0, 90)).map((r) => r.text)).toEqual(['合计', '3,558.35']);
  });
  it('keeps Latin words together and undoes letter-spacing', () => {
    expect(splitMergedRun(run('Microsoft Word', 0, 80)).map((r) => r.text)).toEqual(['Microsoft Word']);
    expect(splitMergedRun(run('目 录', 0, 40)).map((r) => r.text)).toEqual(['目录']);
    expect(splitMergedRun(run('2 0 2 5', 0, 40)).map((r) => r.text)).toEqual(['2025']);
  });
});

describe('normalizeRuns across runs', () => {
  it('joins runs cut by a font change inside a word', () => {
    const out = normalizeRuns([run('增长', 0, 20), run('12.5', 20.5, 40), run('%', 40, 45)], []);
    expect(out.map((r) => r.text)).toEqual(['增长12.5%']);
    expect(out[0].bbox).toEqual([0, 90, 45, 100]);
  });
  it('joins letter-spaced single characters unless a vertical rule separates them', () => {
    const chars = [run('合', 0, 10), run('计', 40, 50)];
    expect(normalizeRuns(chars, []).map((r) => r.text)).toEqual(['合计']);
    const rule = { x0: 25, y0: 80, x1: 25, y1: 110, orient: 'v' as const };
    expect(normalizeRuns(chars, [rule]).map((r) => r.text)).toEqual(['合', '计']);
  });
  it('does not join far-apart cells', () => {
    expect(normalizeRuns([run('项目', 0, 20), run('金额', 200, 220)], []).map((r) => r.text)).toEqual(['项目', '金额']);
  });
});
