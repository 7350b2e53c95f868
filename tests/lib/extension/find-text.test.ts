import { describe, expect, it } from 'vitest';
import { findInItems } from '../../../lib/extension/find-text';

describe('findInItems', () => {
  const items = [
    { str: '部 门 预 算', bbox: [0, 10, 70, 20] as [number, number, number, number] },
    { str: '收入合计', bbox: [100, 10, 140, 20] as [number, number, number, number] },
    { str: '1,253.18', bbox: [150, 10, 190, 20] as [number, number, number, number] },
  ];
  it('ignores the spaces CJK PDFs put between characters', () => {
    const m = findInItems(items, '门预');
    expect(m).toHaveLength(1);
    expect(m[0]).toEqual([[20, 10, 50, 20]]); // 7 chars over 70pt: 门 is char 2, 预 ends at char 5
  });
  it('returns one box per item a match spans', () => {
    const m = findInItems(items, '合计1,253');
    expect(m[0]).toHaveLength(2);
    expect(m[0][0]).toEqual([120, 10, 140, 20]);
    expect(m[0][1][0]).toBe(150);
  });
  it('finds nothing for an empty or absent query', () => {
    expect(findInItems(items, '  ')).toEqual([]);
    expect(findInItems(items, '决算')).toEqual([]);
  });
});
