import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: {
    name: 'Disclosure Lens',
    description: 'Checks the arithmetic of Chinese budget disclosures, explains their terms, compares years. Runs locally.',
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
