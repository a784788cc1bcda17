// Serves the real renderer with the campaigns browser on the Campaigns screen and stand-ins for main. Never shipped.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  root: here('../../../../src/renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [
    react(),
    {
      name: 'monitor-preview',
      enforce: 'pre',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace('src="./main.tsx"', 'src="../../test/renderer/campaigns/preview/entry.ts"'),
      },
      resolveId(source) {
        if (source.endsWith('features/campaigns/campaigns-page')) return here('./campaigns-page-stub.tsx');
        return null;
      },
    },
  ],
  build: { outDir: '/tmp/monitor-preview', emptyOutDir: true, reportCompressedSize: false },
  preview: { host: '127.0.0.1', port: 5211, strictPort: true },
};
