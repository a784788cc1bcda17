import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { defineConfig as defineElectronConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * The import worker runs from app.asar.unpacked in the packaged app (a worker thread cannot start from
 * inside the archive), where the archive's node_modules and shared chunks cannot be required: so it is
 * bundled on its own, with every dependency, as out/main/import-worker.js (BUNDLED_WORKER_FILE).
 */
function bundleImportWorker(): Plugin {
  return {
    name: 'campaign-desk:bundle-import-worker',
    apply: 'build',
    async closeBundle() {
      await esbuild({
        entryPoints: [resolve(__dirname, 'src/main/services/contacts/worker.ts')],
        outfile: resolve(__dirname, 'out/main/import-worker.js'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['electron'],
        logLevel: 'warning',
      });
    },
  };
}

export default defineElectronConfig({
  main: defineConfig({
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
    plugins: [bundleImportWorker()],
  }),
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default: minified, the first screen loads a third as much.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
