// Shared pieces of the real-browser suite: a local server under a government-like host name,
// browser paths, Chromium with the built extension, the CLI's summary for the same file, screenshot folder.
import { createServer, type Server } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(REPO, '../shared');
export const CORPUS = path.join(SHARED, 'corpus/real');
export const SAMPLE_HTML = path.join(REPO, 'assets/samples/sample-budget.html');
export const SHOTS = path.join(REPO, '.e2e/screenshots');
export const CHROME_BUILD = path.join(REPO, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(REPO, '.output/firefox-mv2');
/** Files the suite makes itself (an encrypted copy of a corpus PDF), served under /gen/. */
export const GEN_DIR = mkdtempSync(path.join(tmpdir(), 'dlens-e2e-gen-'));
export const CHROMIUM = process.env.DLENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.DLENS_FIREFOX ?? '/usr/bin/firefox-esr';

/** Matched by the extension's `*://*.gov.cn/*` patterns; resolved to 127.0.0.1 by the browser. */
export const GOV_HOST = 'budget.example.gov.cn';
/** A host outside the government patterns, also resolved to 127.0.0.1. */
export const OTHER_HOST = 'www.example.org';
export const LOCAL_HOSTS = new Set(['127.0.0.1', GOV_HOST, OTHER_HOST]);

export const STATUSES = ['pass', 'rounding', 'fail', 'warn', 'unverifiable'] as const;
export type Summary = Record<(typeof STATUSES)[number], number>;

export interface LocalServer {
  server: Server;
  port: number;
  url(host: string, p: string): string;
  /** Every request the server saw, as absolute URLs (it also acts as Firefox's HTTP proxy). */
  seen: string[];
}

/** /corpus/<dir>/<file> from the shared corpus (PDFs as application/pdf), /octet/... as
 *  application/octet-stream, /misnamed/<file>.html.pdf an HTML page posing as a PDF,
 *  /gen/<file> files the suite generated, /sample/sample-budget.html from the repo. */
export async function startServer(): Promise<LocalServer> {
  const seen: string[] = [];
  const server = createServer(async (req, res) => {
    // As a proxy the request line holds an absolute URL; directly, a path plus Host.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    seen.push(url.href);
    if (!LOCAL_HOSTS.has(url.hostname)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the e2e proxy');
      return;
    }
    const rel = decodeURIComponent(url.pathname);
    let file: string | null = null;
    let type = 'application/octet-stream';
    if (rel.startsWith('/corpus/') || rel.startsWith('/octet/')) {
      file = path.join(CORPUS, rel.replace(/^\/(corpus|octet)\//, ''));
      if (!file.startsWith(CORPUS)) file = null;
      if (rel.startsWith('/corpus/')) type = file?.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
    } else if (rel.startsWith('/misnamed/')) {
      // A corpus HTML page under a .pdf name as application/octet-stream, as some sites do.
      file = path.join(CORPUS, rel.slice('/misnamed/'.length).replace(/\.pdf$/, ''));
      if (!file.startsWith(CORPUS)) file = null;
    } else if (rel.startsWith('/gen/')) {
      file = path.join(GEN_DIR, path.basename(rel));
      type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/pdf';
    } else if (rel === '/sample/sample-budget.html') {
      file = SAMPLE_HTML;
      type = 'text/html; charset=utf-8';
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Real corpus pages reference their sites' scripts and images; a CSP keeps the page itself
    // from requesting them, so every request the run records was made by the browser or by us.
    const csp = type.startsWith('text/html') ? { 'content-security-policy': PAGE_CSP } : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...csp }).end(await readFile(file));
  });
  // HTTPS through the proxy arrives as CONNECT: record it and refuse.
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { server, port, seen, url: (host, p) => `http://${host}:${port}${p}` };
}

const PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'";

/** Host rules: our two names go to 127.0.0.1, everything else fails to resolve (so nothing can leave). */
export const HOST_RULES = `MAP ${GOV_HOST} 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;

export interface ExtensionBrowser {
  ctx: BrowserContext;
  /** The extension's background service worker. */
  sw: Worker;
  extId: string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Chromium with the built extension (`npx wxt build` first) in a fresh profile, zh-CN, host names
 *  resolved by `hostRules`. `onContext` runs right after launch (listeners that must see every
 *  request). Returns once the background runs and, unless `waitForRules` is false, has registered
 *  its DNR rules, so the first navigation to a PDF is already intercepted. */
export async function launchChromium(opts: {
  profilePrefix: string;
  hostRules?: string;
  width?: number;
  acceptDownloads?: boolean;
  waitForRules?: boolean;
  onContext?: (ctx: BrowserContext) => void;
}): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json'))) throw new Error('build first: npx wxt build');
  const profile = mkdtempSync(path.join(tmpdir(), opts.profilePrefix));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 1400, height: 900 },
    locale: 'zh-CN',
    ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--host-resolver-rules=${opts.hostRules ?? HOST_RULES}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
  const close = async () => {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    opts.onContext?.(ctx);
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    if (opts.waitForRules !== false) {
      for (let i = 0; i < 100; i++) {
        const n = await sw.evaluate(async () => (await (globalThis as any).chrome.declarativeNetRequest.getDynamicRules()).length);
        if (n > 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { ctx, sw, extId: new URL(sw.url()).host, close };
  } catch (err) {
    await close();
    throw err;
  }
}

const exec = promisify(execFile);

export interface CliFinding {
  id: string;
  rule: string;
  status: string;
  message: string;
  tolerance: string | null;
}

interface CliReport {
  summary?: Summary;
  findings?: CliFinding[];
  error?: unknown;
  document?: { kind?: string };
}

/** `dlens check <file> --format json --lang zh|en` (Chinese unless asked: the viewer's default, whatever the locale) → its report, or null when the CLI cannot check this yet. */
async function cliReport(file: string, lang?: 'zh' | 'en'): Promise<CliReport | null> {
  let stdout: string | undefined;
  try {
    ({ stdout } = await exec('node', [path.join(REPO, 'bin/dlens.mjs'), 'check', file, '--format', 'json', '--lang', lang ?? 'zh'], {
      cwd: REPO,
      maxBuffer: 64 << 20,
    }));
  } catch (err) {
    // exit code 1 means "findings with fail" for a checker; the JSON is still on stdout.
    stdout = (err as { stdout?: string }).stdout;
  }
  try {
    const json = stdout ? JSON.parse(stdout) : null;
    return (Array.isArray(json) ? json[0] : (json?.reports?.[0] ?? json)) ?? null;
  } catch {
    return null;
  }
}

/** `dlens check <current> --prior <prior> --format json [--lang en]`: the summary, the C-rule counts
 *  ("C1:pass" → n) and the messages by finding id. */
export async function cliWithPrior(
  current: string,
  prior: string,
  lang: 'zh' | 'en' = 'zh',
): Promise<{ summary: Summary; c: Record<string, number>; messages: Map<string, string> } | null> {
  let stdout: string | undefined;
  try {
    ({ stdout } = await exec(
      'node',
      [path.join(REPO, 'bin/dlens.mjs'), 'check', current, '--prior', prior, '--format', 'json', '--lang', lang],
      { cwd: REPO, maxBuffer: 64 << 20 },
    ));
  } catch (err) {
    stdout = (err as { stdout?: string }).stdout;
  }
  if (!stdout) return null;
  const r = JSON.parse(stdout) as { summary: Summary; findings: { id: string; rule: string; status: string; message: string }[] };
  const c: Record<string, number> = {};
  for (const f of r.findings) if (/^C\d/.test(f.rule)) c[`${f.rule}:${f.status}`] = (c[`${f.rule}:${f.status}`] ?? 0) + 1;
  return { summary: r.summary, c, messages: new Map(r.findings.map((f) => [f.id, f.message])) };
}

export async function cliSummary(file: string): Promise<Summary | null> {
  const r = await cliReport(file);
  return r?.summary && !r.error ? r.summary : null;
}

/** The CLI's findings of a file in one language, by id, with its summary (null when it cannot check it). */
export async function cliFindings(file: string, lang: 'zh' | 'en'): Promise<{ summary: Summary; byId: Map<string, CliFinding> } | null> {
  const r = await cliReport(file, lang);
  if (!r?.summary || r.error || !r.findings) return null;
  return { summary: r.summary, byId: new Map(r.findings.map((f) => [f.id, f])) };
}

export async function cliKind(file: string): Promise<string | null> {
  return (await cliReport(file))?.document?.kind ?? null;
}

export async function shotsDir() {
  await mkdir(SHOTS, { recursive: true });
  return SHOTS;
}

export function isLocal(url: string): boolean {
  if (/^(chrome-extension|moz-extension|data|blob|about|chrome):/.test(url)) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export function readCounts(attrs: Record<string, string | null>): Summary {
  return Object.fromEntries(STATUSES.map((s) => [s, Number(attrs[`data-count-${s}`])])) as Summary;
}

/** Overlap of two [x0, top, x1, bottom] boxes, as a fraction of the smaller one's area. */
export function overlapFraction(a: number[], b: number[]): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const area = (r: number[]) => (r[2] - r[0]) * (r[3] - r[1]);
  return (w * h) / Math.min(area(a), area(b));
}

/** An AES-256 encrypted copy of a corpus PDF (user password `password`), or null without qpdf. */
export async function encryptedCopy(rel: string, password: string): Promise<string | null> {
  const out = path.join(GEN_DIR, 'encrypted.pdf');
  try {
    await exec('qpdf', ['--encrypt', password, `${password}-owner`, '256', '--', path.join(CORPUS, rel), out]);
    return '/gen/encrypted.pdf';
  } catch {
    return null;
  }
}

/** Bad inputs for the viewer, made from one corpus PDF and served under /gen/ as application/pdf:
 *  its first half, every bit flipped between its first KB and its last 2 KB (header and end kept,
 *  nothing pdf.js can rebuild in between), a zero-byte file, and 200 KB of
 *  pseudo-random bytes (a fixed seed). Returns their /gen/ paths by name. */
export async function badPdfs(rel: string): Promise<Record<'truncated' | 'corrupted' | 'empty' | 'random', string>> {
  const bytes = await readFile(path.join(CORPUS, rel));
  const corrupted = Buffer.from(bytes);
  for (let i = 1024; i < corrupted.length - 2048; i++) corrupted[i] ^= 0xff;
  const random = Buffer.alloc(200_000);
  let x = 20261126;
  for (let i = 0; i < random.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    random[i] = x >>> 24;
  }
  const files = { truncated: bytes.subarray(0, bytes.length >> 1), corrupted, empty: Buffer.alloc(0), random };
  const out = {} as Record<keyof typeof files, string>;
  for (const [name, data] of Object.entries(files) as [keyof typeof files, Buffer][]) {
    await writeFile(path.join(GEN_DIR, `${name}.pdf`), data);
    out[name] = `/gen/${name}.pdf`;
  }
  return out;
}

/** The sample disclosure page with its tables repeated until the page is about `mb` MB, served
 *  under /gen/ as text/html. Returns its /gen/ path and exact size. */
export async function largeSamplePage(mb: number): Promise<{ url: string; bytes: number }> {
  const html = await readFile(SAMPLE_HTML, 'utf8');
  const tables = html.match(/<table[\s\S]*?<\/table>/g)?.join('\n') ?? '';
  if (!tables) throw new Error('the sample page has no table');
  const copies = Math.round((mb * 1e6 - Buffer.byteLength(html)) / Buffer.byteLength(tables));
  const big = html.replace('</body>', `${Array.from({ length: copies }, () => tables).join('\n')}\n</body>`);
  await writeFile(path.join(GEN_DIR, 'large-page.html'), big);
  return { url: '/gen/large-page.html', bytes: Buffer.byteLength(big) };
}

/** Firefox ESR (puppeteer-core over WebDriver BiDi) with the MV2 build installed (`npx wxt build -b
 *  firefox` first), zh-CN. Firefox has no host-resolver flag, so `server` doubles as its HTTP proxy:
 *  every request it makes passes through the server and is recorded. */
export async function launchFirefox(server: LocalServer): Promise<Browser> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('build first: npx wxt build -b firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.accept_languages': 'zh-CN, zh',
      // Firefox's own remote-settings traffic (not ours) goes to the local server too.
      'services.settings.server': `http://127.0.0.1:${server.port}/v1`,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** `fn()` until `ok` holds or `timeoutMs` passes (a throw counts as not yet); the last value either way.
 *  For browsers without a built-in wait (puppeteer over BiDi in Firefox). */
export async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined as T);
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}
