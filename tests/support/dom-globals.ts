// Test files share a worker (vitest.config.ts: isolate false). A file that installs a DOM for Preact
// or a canvas `document` for pdf.js must not leave it to the next file (pdf.js, for one, schedules
// its rendering through `window` when there is one): these globals are put back after each file.
import { afterAll } from 'vitest';

const DOM_GLOBALS = ['document', 'window', 'Event', 'navigator', 'HTMLElement', 'Element', 'Node', 'requestAnimationFrame'] as const;

const before = new Map(DOM_GLOBALS.map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]));

afterAll(() => {
  for (const [k, d] of before) {
    if (d) Object.defineProperty(globalThis, k, d);
    else delete (globalThis as Record<string, unknown>)[k];
  }
});
