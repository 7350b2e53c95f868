import { describe, expect, it } from 'vitest';
import { findInItems, findInPages } from '../../../lib/extension/find-text';

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

describe('find options', () => {
  const box = (x: number): [number, number, number, number] => [x, 0, x + 40, 10];
  it('match case tells 部门 Budget from budget only when asked', () => {
    const items = [{ str: 'Budget budget', bbox: box(0) }];
    expect(findInItems(items, 'budget')).toHaveLength(2);
    expect(findInItems(items, 'budget', { matchCase: true })).toHaveLength(1);
  });
  it('whole word: 253 is not found inside 1,253.18 or 2530, but is alone', () => {
    const items = [{ str: '1,253.18 2530 253', bbox: box(0) }];
    expect(findInItems(items, '253')).toHaveLength(3);
    expect(findInItems(items, '253', { wholeWord: true })).toHaveLength(1);
  });
  it('straight quotes find Chinese quotes “”', () => {
    const items = [{ str: '“三公”经费', bbox: box(0) }];
    expect(findInItems(items, '"三公"')).toHaveLength(1);
    expect(findInItems(items, '“三公”经费')).toHaveLength(1);
  });
  it('a phrase across a page break gives boxes on both pages', () => {
    const pages = [[{ str: '一般公共预算财政', bbox: box(0) }], [{ str: '拨款支出', bbox: box(0) }]];
    const m = findInPages(pages, '财政拨款');
    expect(m).toHaveLength(1);
    expect(m[0].map((h) => h.page)).toEqual([1, 2]);
  });
});
