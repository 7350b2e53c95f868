// The tick-and-tie panel over cells of two rows of a real table (长春 信访局 2026, 预算表3 p. 8):
// the picks, their exact sum, the total, the verdict with its interval, and the reader's finding kept.
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TickTie } from '../../../components/review/TickTie';
import { pdfLoader } from '../../../lib/cli/pdf';
import type { Finding } from '../../../lib/findings';
import type { Table } from '../../../lib/model/types';
import type { Pick } from '../../../lib/review/tick-tie';
import { CORPUS } from '../../support/paths';
import { CC_XINFANGJU, realDocument } from '../../support/corpus';

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
let root: HTMLElement;
let t: Table;
beforeAll(async () => {
  const doc = await realDocument(CC_XINFANGJU);
  t = doc.tables.find((x) => /支出总表/.test(x.title))!;
});
beforeEach(() => {
  Object.assign(globalThis, { document, window });
  root = document.getElementById('root') as unknown as HTMLElement;
  act(() => render(null, root));
});

const cell = (code: string): Pick => {
  const row = t.rows.findIndex((r) => r[0]?.text.trim() === code);
  const c = t.rows[row][2];
  return { text: c.text, page: c.page, bbox: c.bbox, unit: t.unit, table: t.id, row, col: 2 };
};
const q = (sel: string) => root.querySelector(sel)?.textContent ?? null;
const click = (sel: string) =>
  act(() => void root.querySelector(sel)!.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event));

describe('TickTie', () => {
  it('shows the picks, their sum, the total, the interval and a pass; keep hands over the R1 finding', () => {
    const kept: Finding[] = [];
    const calls: string[] = [];
    act(() =>
      render(
        h(TickTie, {
          lang: 'zh',
          parts: [cell('2080501'), cell('2080505')],
          total: cell('20805'),
          id: 'R1:1',
          onRemove: (i) => calls.push(`remove ${i}`),
          onMakeTotal: (i) => calls.push(`total ${i}`),
          onClear: () => calls.push('clear'),
          onKeep: (f) => kept.push(f),
        }),
        root,
      ),
    );
    expect([...root.querySelectorAll('[data-pick] .dl-ticktie-num')].map((e) => e.textContent)).toEqual(['72.62', '105.80']);
    expect(q('[data-sum]')).toBe('178.42 万元');
    expect(q('[data-total]')).toBe('178.42 · 第8页');
    expect(q('[data-interval]')).toBe('<0.015（3 个印刷数值的舍入区间）');
    expect(root.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('pass');
    expect(q('[data-verdict] b')).toBe('通过');
    expect(root.querySelector('[data-pick="1"] [data-action="total"]')!.getAttribute('aria-label')).toBe('把 105.80 设为合计');
    click('[data-pick="1"] [data-action="total"]');
    click('[data-pick="0"] [data-action="remove"]');
    click('[data-action="clear"]');
    click('[data-action="keep"]');
    expect(calls).toEqual(['total 1', 'remove 0', 'clear']);
    expect(kept.map((f) => [f.id, f.rule, f.status, f.evidence.length])).toEqual([['R1:1', 'R1', 'pass', 3]]);
  });

  it('a wrong total is a fail with its difference; without a total, keep is disabled and the sum still shows', () => {
    const props = { lang: 'en' as const, onRemove: () => {}, onMakeTotal: () => {}, onClear: () => {}, onKeep: () => {} };
    act(() => render(h(TickTie, { ...props, parts: [cell('2014001'), cell('2014002')], total: cell('20140') }), root));
    expect(q('[data-sum]')).toBe('1361.85 万元');
    expect(root.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('fail');
    expect(q('[data-difference]')).toBe('16.56'); // 其他信访事务支出 16.56 was not picked
    act(() => render(h(TickTie, { ...props, parts: [cell('2014001'), cell('2014002'), cell('2014099')] }), root));
    expect(q('[data-sum]')).toBe('1378.41 万元');
    expect(q('[data-total]')).toMatch(/^No total picked/);
    expect(root.querySelector('[data-action="keep"]')!.hasAttribute('disabled')).toBe(true);
  });

  it('nothing picked: says how to pick', () => {
    act(() =>
      render(h(TickTie, { lang: 'en', parts: [], onRemove: () => {}, onMakeTotal: () => {}, onClear: () => {}, onKeep: () => {} }), root),
    );
    expect(q('.dl-ticktie-empty')).toBe('Click or drag over numbers on the page to add them up.');
  });
});
