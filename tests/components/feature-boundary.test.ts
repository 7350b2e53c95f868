// A feature that throws is logged under its id and leaves the other features of its slot working.
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { Slot } from '../../components/features/Slot';
import { registry } from '../../components/features/registry';

describe('features under their own boundary', () => {
  it('a failing feature is named in the log; its neighbours still render', async () => {
    const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    Object.assign(globalThis, { document, window });
    const features = registry([
      { id: 'ok-before', slot: 's', render: () => h('p', { id: 'a' }, 'A') },
      {
        id: 'broken',
        slot: 's',
        render: () =>
          h(() => {
            throw new Error('boom');
          }, null),
      },
      { id: 'ok-after', slot: 's', render: () => h('p', { id: 'b' }, 'B') },
      { id: 'elsewhere', slot: 'other', render: () => h('p', { id: 'c' }, 'C') },
    ]);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = document.getElementById('root')!;
    render(h(Slot, { features, slot: 's', ctx: {} }), root as unknown as Element);
    await new Promise((r) => setTimeout(r, 20));
    expect(log.mock.calls.some((c) => String(c[0]).includes('feature "broken" failed'))).toBe(true);
    expect(root.querySelector('#a')?.textContent).toBe('A');
    expect(root.querySelector('#b')?.textContent).toBe('B');
    expect(root.querySelector('#c')).toBeNull();
    expect(root.querySelector('[data-feature-failed="broken"]')).not.toBeNull();
    log.mockRestore();
  });

  it('refuses two features with one id (the log could not tell them apart)', () => {
    expect(() => registry([{ id: 'x' }, { id: 'x' }])).toThrow(/registered twice/);
  });
});
