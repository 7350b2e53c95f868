// Extension safety review: the built manifests ask for exactly the permissions listed here, the CSP
// allows no eval, and no bundle evaluates strings or loads remote scripts. Adding a permission
// without updating this list fails the test on purpose.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/paths';

const CHROME = join(REPO, '.output/chrome-mv3');
const FIREFOX = join(REPO, '.output/firefox-mv2');
const GOV = ['*://*.gov.cn/*', '*://*.gov.hk/*', '*://*.gov.mo/*'];

const CHROME_PERMISSIONS = {
  permissions: ['storage', 'contextMenus', 'scripting', 'declarativeNetRequestWithHostAccess'],
  host_permissions: GOV,
  optional_host_permissions: ['*://*/*'],
};
const FIREFOX_PERMISSIONS = {
  permissions: ['storage', 'contextMenus', 'scripting', 'webRequest', 'webRequestBlocking', ...GOV],
  optional_permissions: ['*://*/*'],
};

/** Only pdf.js's worker may contain `new Function(`: its PostScript-function compiler, which runs only
 * when isEvalSupported is true (we pass false) and its own feature test succeeds (the CSP forbids it). */
const NEW_FUNCTION_ALLOWED = /^pdf\.worker\b/;
const EVAL = /(?<![\w$.])eval\(/;
const NEW_FUNCTION = /new Function\(/;
const REMOTE_SCRIPT = /<script[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i;
const BUILD_TIMEOUT_MS = 300_000;

let buildError = '';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(m?js|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(() => {
  if (existsSync(join(CHROME, 'manifest.json')) && existsSync(join(FIREFOX, 'manifest.json'))) return;
  try {
    execSync('npx wxt build && npx wxt build -b firefox', { cwd: REPO, stdio: 'pipe', timeout: BUILD_TIMEOUT_MS });
  } catch (err) {
    buildError = `the extension could not be built here (${String((err as Error).message).split('\n')[0]})`;
  }
}, BUILD_TIMEOUT_MS + 10_000);

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('extension safety', () => {
  it('Chrome MV3: exactly the listed permissions', () => {
    if (buildError) throw new Error(buildError); // a broken build is not a safe extension
    const m = manifest(CHROME);
    expect({
      permissions: m.permissions,
      host_permissions: m.host_permissions,
      optional_host_permissions: m.optional_host_permissions,
    }).toEqual(CHROME_PERMISSIONS);
    expect(m.optional_permissions).toBeUndefined();
  });

  it('Firefox MV2: exactly the listed permissions', () => {
    if (buildError) throw new Error(buildError); // a broken build is not a safe extension
    const m = manifest(FIREFOX);
    expect({ permissions: m.permissions, optional_permissions: m.optional_permissions }).toEqual(FIREFOX_PERMISSIONS);
  });

  it('the content security policy allows no eval and no remote script', () => {
    if (buildError) throw new Error(buildError); // a broken build is not a safe extension
    for (const csp of [manifest(CHROME).content_security_policy.extension_pages, manifest(FIREFOX).content_security_policy]) {
      expect(csp.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
      expect(csp).toMatch(/script-src 'self'/);
    }
  });

  it("no eval(, no remote <script src>, new Function( only in pdf.js's worker", () => {
    if (buildError) throw new Error(buildError); // a broken build is not a safe extension
    const bundles = [...files(CHROME), ...files(FIREFOX)];
    expect(bundles.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    const newFunction: string[] = [];
    for (const f of bundles) {
      const text = readFileSync(f, 'utf8');
      if (EVAL.test(text)) offenders.push(`${relative(REPO, f)}: eval(`);
      if (REMOTE_SCRIPT.test(text)) offenders.push(`${relative(REPO, f)}: remote <script src>`);
      if (NEW_FUNCTION.test(text)) {
        if (NEW_FUNCTION_ALLOWED.test(basename(f))) newFunction.push(basename(f));
        else offenders.push(`${relative(REPO, f)}: new Function(`);
      }
    }
    expect(offenders).toEqual([]);
    // Reported: pdf.js's worker (both builds) holds the guarded compiler.
    expect(newFunction.length).toBeGreaterThan(0);
  });

  it('every pdf.js getDocument call in our code passes isEvalSupported: false', () => {
    const sources = ['lib', 'entrypoints', 'components']
      .flatMap((d) => (existsSync(join(REPO, d)) ? readdirSync(join(REPO, d), { recursive: true, withFileTypes: true }) : []))
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    const calls = sources.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      // Every call must be an object literal we can read (a variable would hide its options).
      return [...text.matchAll(/\.getDocument\(/g)].map((m) => ({
        file: relative(REPO, f),
        call: /^\.getDocument\(\{[^{}]*\}\)/.exec(text.slice(m.index))?.[0] ?? text.slice(m.index, m.index + 80),
      }));
    });
    expect(calls.length).toBeGreaterThan(0);
    // A wrapper that spreads its caller's options through (analyze.worker.ts) passes lib/pdf's false on.
    for (const c of calls) expect(c.call, c.file).toMatch(/isEvalSupported: false|^\.getDocument\(\{ \.\.\.\(src as object\)/);
    expect(
      calls
        .filter((c) => /isEvalSupported: false/.test(c.call))
        .map((c) => c.file)
        .sort(),
    ).toEqual(['entrypoints/viewer/pdfjs.ts', 'lib/pdf/load.ts', 'lib/pdf/render-crops.ts']);
  });
});
