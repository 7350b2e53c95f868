// Reaching inside the overlay's CLOSED shadow root from a test, as no page script can: through
// the DevTools protocol (DOM.describeNode with pierce), which hands the test the root itself.
// A small Locator-like API (count, getAttribute, textContent, click, check, hover, evaluate),
// enough for the suite; clicks and hovers are real mouse input (trusted events).
import type { CDPSession, Page } from 'playwright-core';

const WAIT_MS = 10_000;

interface Query {
  selector: string;
  hasText?: string;
  index?: number;
}

/** Runs inside the page: the matching elements of the shadow root (`this`). */
const FIND = `function (q) {
  let els = [...this.querySelectorAll(q.selector)];
  if (q.hasText) els = els.filter((e) => (e.textContent || '').includes(q.hasText));
  return q.index === undefined ? els : els.slice(q.index, q.index + 1);
}`;

export class ClosedShadow {
  private cdp: Promise<CDPSession> | null = null;

  constructor(
    private readonly page: Page,
    private readonly host = 'dlens-overlay',
  ) {}

  locator(selector: string, opts: { hasText?: string } = {}): ShadowLocator {
    return new ShadowLocator(this, { selector, hasText: opts.hasText });
  }

  /** The shadow root as a remote object, or null while the host (or its root) is not there. */
  private async root(): Promise<{ cdp: CDPSession; objectId: string } | null> {
    const cdp = await (this.cdp ??= this.page.context().newCDPSession(this.page));
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: this.host });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId ? { cdp, objectId: object.objectId } : null;
  }

  /** Calls `fn(elements, arg)` in the page on the elements `q` matches inside the root. */
  async run<T>(q: Query, fn: string, arg?: unknown): Promise<T> {
    const r = await this.root();
    if (!r) return (await this.runOnNothing(fn, arg)) as T;
    const res = await r.cdp.send('Runtime.callFunctionOn', {
      objectId: r.objectId,
      functionDeclaration: `function (q, arg) { const els = (${FIND}).call(this, q); return (${fn})(els, arg); }`,
      arguments: [{ value: q }, { value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails)
      throw new Error(`in the closed shadow root: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  }

  /** No host (yet): what `fn` gives for no elements (it only looks at the array: run it here). */
  private async runOnNothing(fn: string, arg: unknown): Promise<unknown> {
    return (new Function(`return (${fn})`)() as (els: unknown[], a: unknown) => unknown)([], arg);
  }

  mouse() {
    return this.page.mouse;
  }
}

export class ShadowLocator {
  constructor(
    private readonly scope: ClosedShadow,
    private readonly q: Query,
  ) {}

  first(): ShadowLocator {
    return this.nth(0);
  }

  nth(index: number): ShadowLocator {
    return new ShadowLocator(this.scope, { ...this.q, index });
  }

  count(): Promise<number> {
    return this.scope.run(this.q, '(els) => els.length');
  }

  allTextContents(): Promise<string[]> {
    return this.scope.run(this.q, "(els) => els.map((e) => e.textContent || '')");
  }

  /** Waits (like a Playwright locator) for a match, then reads the first. */
  private async one<T>(fn: string, arg?: unknown): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const r = await this.scope.run<{ found: boolean; value: T }>(
        this.q,
        `(els, arg) => els.length ? { found: true, value: (${fn})(els[0], arg) } : { found: false }`,
        arg,
      );
      if (r.found) return r.value;
      if (Date.now() > deadline)
        throw new Error(
          `no element matches ${this.q.selector}${this.q.hasText ? ` with "${this.q.hasText}"` : ''} in the closed shadow root`,
        );
      await new Promise((res) => setTimeout(res, 100));
    }
  }

  getAttribute(name: string): Promise<string | null> {
    return this.one('(el, name) => el.getAttribute(name)', name);
  }

  textContent(): Promise<string | null> {
    return this.one('(el) => el.textContent');
  }

  /** `fn(element, arg)` in the page, on the first match. */
  evaluate<R, A = unknown>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    return this.one(String(fn), arg);
  }

  evaluateAll<R>(fn: (els: Element[]) => R): Promise<R> {
    return this.scope.run(this.q, String(fn));
  }

  /** The centre of the first match, scrolled into view. */
  private centre(): Promise<{ x: number; y: number }> {
    return this.one(`(el) => {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`);
  }

  async click(): Promise<void> {
    const { x, y } = await this.centre();
    await this.scope.mouse().click(x, y);
  }

  async hover(): Promise<void> {
    const { x, y } = await this.centre();
    await this.scope.mouse().move(x, y);
  }

  async check(): Promise<void> {
    if (!(await this.one<boolean>('(el) => el.checked'))) await this.click();
  }
}

const scopes = new WeakMap<Page, ClosedShadow>();
/** The page overlay's closed shadow root of `page` (one DevTools session per page). */
export function overlayOf(page: Page): ClosedShadow {
  let scope = scopes.get(page);
  if (!scope) scopes.set(page, (scope = new ClosedShadow(page)));
  return scope;
}
