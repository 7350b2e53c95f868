import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { GOV_MATCHES } from './lib/extension';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js data fetched by its worker; copied at build time, never committed. */
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
/** Not needed once the CSP allows wasm (452 KB). */
const PDFJS_SKIP = new Set(['openjpeg_nowasm_fallback.js']);

const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

export default defineConfig({
  // Nothing arrives by magic: every module imports what it uses (browser from 'wxt/browser', …).
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Disclosure Lens',
    description: 'Checks the arithmetic of Chinese budget disclosures, explains their terms, compares years. Runs locally.',
    permissions: [
      'storage',
      'contextMenus',
      // The page overlay's engine is run in a disclosure page only when the overlay asks (background.ts).
      'scripting',
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess']),
    ],
    host_permissions: GOV_MATCHES,
    // Asked for at run time, per site, when the user opens a PDF from elsewhere.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: 'Disclosure Lens' },
    // Web-accessible only so that PDF interception can redirect to the viewer. Chromium: under a
    // per-session address (use_dynamic_url), so no page can find or open it by the extension's ID;
    // Firefox's moz-extension:// address is a per-install random UUID already.
    web_accessible_resources:
      manifestVersion === 3 ? [{ resources: ['viewer.html'], matches: ['<all_urls>'], use_dynamic_url: true }] : (['viewer.html'] as never),
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_CSP } : (EXTENSION_CSP as never),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'disclosure-lens@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const dir of PDFJS_ASSET_DIRS) {
        for (const file of readdirSync(join(PDFJS_DIR, dir))) {
          if (PDFJS_SKIP.has(file)) continue;
          files.push({ absoluteSrc: join(PDFJS_DIR, dir, file), relativeDest: `pdfjs/${dir}/${file}` });
        }
      }
    },
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    worker: { format: 'es' },
  }),
});
