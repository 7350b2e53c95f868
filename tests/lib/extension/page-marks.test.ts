// The overlay's page-marks message is the only way a web page's tab reaches the marks: anything but
// a well-formed get / put / delete is ignored, so a malformed or oversized message writes nothing.
import { describe, expect, it } from 'vitest';
import { PAGE_MARKS, parsePageMarks } from '../../../lib/extension';

const mark = { key: 'N4|p1|13.80万元;3.00万元', kind: 'confirmed', date: '2026-12-06T10:00:00.000Z', note: '与财政局核对过', rule: 'N4' };

describe('parsePageMarks', () => {
  it('reads the three operations', () => {
    expect(parsePageMarks({ type: PAGE_MARKS, op: 'get' })).toEqual({ type: PAGE_MARKS, op: 'get' });
    expect(parsePageMarks({ type: PAGE_MARKS, op: 'put', mark })).toEqual({ type: PAGE_MARKS, op: 'put', mark });
    expect(parsePageMarks({ type: PAGE_MARKS, op: 'delete', key: mark.key })).toEqual({ type: PAGE_MARKS, op: 'delete', key: mark.key });
  });

  it.each([
    ['another message', { type: 'dlens:page-checked' }],
    ['an unknown operation', { type: PAGE_MARKS, op: 'clear' }],
    ['an unknown mark kind', { type: PAGE_MARKS, op: 'put', mark: { ...mark, kind: 'ignored' } }],
    ['a date that is not ISO', { type: PAGE_MARKS, op: 'put', mark: { ...mark, date: 'yesterday' } }],
    ['an empty key', { type: PAGE_MARKS, op: 'delete', key: '' }],
    ['a note of 100 KB', { type: PAGE_MARKS, op: 'put', mark: { ...mark, note: 'x'.repeat(100_000) } }],
    ['an entry named by the sender', { type: PAGE_MARKS, op: 'put', mark, doc: 'other|dept-budget|2025' }],
    ['a note that is not text', { type: PAGE_MARKS, op: 'put', mark: { ...mark, note: { toString: 1 } } }],
    ['not an object', 'dlens:page-marks'],
  ])('ignores %s', (_why, msg) => {
    expect(parsePageMarks(msg)).toBeNull();
  });
});
