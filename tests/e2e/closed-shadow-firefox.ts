// Reaching inside the overlay's CLOSED shadow root in Firefox, as no page script can: through the
// test driver's WebDriver BiDi session, whose node serialisation hands over closed roots when asked
// (serializationOptions.includeShadowTree "all"). The Firefox counterpart of closed-shadow.ts (DevTools
// protocol in Chromium): the shipped build keeps its root closed and exposes nothing to the page.
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: { value?: unknown; sharedId?: string } & Record<string, unknown>;
  exceptionDetails?: { text?: string };
}

export class ClosedShadowFirefox {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly host = 'dlens-overlay',
  ) {}

  private get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  private get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  /** `fn(elements)` in the page, on the elements of the closed root that `selector` matches. */
  evaluateAll<T>(selector: string, fn: (els: Element[]) => T): Promise<T> {
    return this.run(`async function (sel) { return JSON.stringify(await (${String(fn)})([...this.querySelectorAll(sel)])); }`, selector);
  }

  /** The centre of the first element `selector` matches, scrolled into view (for real mouse input:
   *  the panel acts on the reader's own, trusted events only). */
  centre(selector: string): Promise<{ x: number; y: number } | null> {
    return this.evaluateAll(selector, (els) => {
      if (!els.length) return null;
      els[0].scrollIntoView({ block: 'center' });
      const r = els[0].getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  }

  private async run<T>(functionDeclaration: string, arg: string): Promise<T> {
    const host = await this.connection.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(this.host)})`,
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const root = (host.result.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
    if (!root) throw new Error(`no closed shadow root on <${this.host}> yet`);
    const res = await this.connection.send('script.callFunction', {
      functionDeclaration,
      this: { sharedId: root },
      arguments: [{ type: 'string', value: arg }],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (res.result.type !== 'success') throw new Error(`in the closed shadow root: ${res.result.exceptionDetails?.text}`);
    return JSON.parse(res.result.result!.value as string) as T;
  }
}
