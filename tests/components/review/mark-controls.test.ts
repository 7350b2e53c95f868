// The mark buttons as a reader uses them (Preact rendered into linkedom): three named toggles in the
// UI language, a note once marked, and what the viewer is handed to save.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MarkControls } from '../../../components/review/MarkControls';
import type { Mark } from '../../../lib/findings';

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
const g = globalThis as Record<string, unknown>;
let root: HTMLElement;
beforeEach(() => {
  Object.assign(g, { document, window, Event: window.Event });
  root = document.getElementById('root') as unknown as HTMLElement;
});
afterEach(() => act(() => render(null, root)));

const click = (el: Element) => act(() => void el.dispatchEvent(new window.Event('click', { bubbles: true })));
const buttons = () => [...root.querySelectorAll('button')];

function mount(mark: Mark | undefined, lang: 'zh' | 'en' = 'zh') {
  const calls: (Mark | undefined)[] = [];
  const draw = (m: Mark | undefined) =>
    render(
      h(MarkControls, {
        lang,
        mark: m,
        onChange: (x) => {
          calls.push(x);
          draw(x);
        },
        now: () => '2026-12-06T09:00:00.000Z',
      }),
      root,
    );
  act(() => draw(mark));
  return calls;
}

describe('MarkControls', () => {
  it('three toggles named for assistive technology in Chinese, none pressed, no note field before a mark', () => {
    mount(undefined);
    expect(buttons().map((b) => [b.textContent, b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])).toEqual([
      ['已核实', '标记为“已核实”', 'false'],
      ['误报', '标记为“误报”', 'false'],
      ['已问询', '标记为“已问询”', 'false'],
    ]);
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('标记此问题');
    expect(root.querySelector('input')).toBeNull();
  });

  it('marking confirmed hands a dated mark; clicking it again removes it; another kind replaces it', () => {
    const calls = mount(undefined, 'en');
    click(buttons()[0]);
    expect(calls.at(-1)).toEqual({ kind: 'confirmed', date: '2026-12-06T09:00:00.000Z' });
    expect(buttons()[0].getAttribute('aria-pressed')).toBe('true');
    expect(buttons()[0].getAttribute('aria-label')).toBe('Remove the “confirmed” mark');
    expect(root.querySelector('input')!.getAttribute('aria-label')).toBe('Note on the mark');
    expect(root.textContent).toContain('marked 2026-12-06');
    click(buttons()[2]);
    expect(calls.at(-1)).toEqual({ kind: 'asked', date: '2026-12-06T09:00:00.000Z' });
    click(buttons()[2]);
    expect(calls.at(-1)).toBeUndefined();
    expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('a note typed and left (blur) is saved with the same kind and date', () => {
    const calls = mount({ kind: 'false-alarm', date: '2026-12-01' });
    const input = root.querySelector('input')! as unknown as HTMLInputElement;
    act(() => {
      input.value = '  表格换页造成的误读  ';
      input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    });
    act(() => void input.dispatchEvent(new window.Event('blur') as unknown as Event));
    expect(calls).toEqual([{ kind: 'false-alarm', date: '2026-12-01', note: '表格换页造成的误读' }]);
  });
});
