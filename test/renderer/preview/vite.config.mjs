// Serves the real renderer with the in-memory stand-in for window.api, for screenshots and
// manual checks on a machine without Electron. Never part of the shipped app.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  root: here('../../../src/renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [
    react(),
    {
      name: 'desk-fake-api',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace('src="./main.tsx"', 'src="../../test/renderer/preview/entry.ts"'),
      },
    },
  ],
  build: { outDir: process.env.DESK_PREVIEW_OUT ?? '/tmp/desk-preview', emptyOutDir: true, reportCompressedSize: false },
  preview: { host: '127.0.0.1', port: Number(process.env.DESK_PREVIEW_PORT ?? 5199), strictPort: true },
};
