import { describe, expect, it } from 'vitest';
import { findingBoxesByPage, firstAnchor } from '../../../lib/extension/finding-boxes';
import type { Finding } from '../../../lib/rules/types';

const finding = (
  id: string,
  status: Finding['status'],
  values: Partial<Finding['values'][0]>[],
  evidence: Finding['evidence'] = [],
): Finding => ({
  id,
  rule: 'N2',
  status,
  message: '',
  formula: '',
  expected: null,
  actual: null,
  difference: null,
  tolerance: null,
  evidence,
  values: values.map((v) => ({ label: '', text: '1', value: '1', unit: '万元', page: 1, ...v })),
});

describe('findingBoxesByPage', () => {
  it('draws one box per number, labels the first per page, paints fails last', () => {
    const map = findingBoxesByPage([
      finding('N2:1', 'fail', [
        { page: 2, bbox: [1, 1, 2, 2] },
        { page: 2, bbox: [3, 3, 4, 4] },
        { page: 3, bbox: [5, 5, 6, 6] },
      ]),
      finding('N2:2', 'pass', [{ page: 2, bbox: [1, 1, 2, 2] }]),
    ]);
    expect(map.get(2)!.map((b) => [b.finding, b.first])).toEqual([
      ['N2:2', true],
      ['N2:1', true],
      ['N2:1', false],
    ]);
    expect(map.get(3)![0].first).toBe(true);
  });
  it('falls back to evidence boxes when no number has a bbox', () => {
    const f = finding('C1:1', 'warn', [{ page: 4 }], [{ page: 4, text: '比上年增长', bbox: [9, 9, 10, 10] }]);
    expect(findingBoxesByPage([f]).get(4)![0].bbox).toEqual([9, 9, 10, 10]);
    expect(firstAnchor(f)).toMatchObject({ page: 4, bbox: [9, 9, 10, 10] });
  });
});
