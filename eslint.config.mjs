import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const rawIpc = {
  selector: 'Identifier[name=/^ipc(Renderer|Main)$/]',
  message: 'Go through the typed contract: raw ipcRenderer/ipcMain live only in src/preload and src/main/ipc.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', rawIpc],
    },
  },
  {
    files: [
      'src/preload/**',
      'src/main/ipc/**',
      'test/e2e/security.spec.ts',
      'test/unit/main/preload.test.ts',
      'test/unit/main/electron-bridge.test.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/main/services/**', 'src/main/exotel/**', 'src/main/sandbox/**', 'src/main/store/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services run outside Electron: reach the desktop through a port in src/main/platform.' }] },
      ],
    },
  },
  {
    // Storage sits below the services: a repository stores what shared declares and knows nothing of who calls it.
    files: ['src/main/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services run outside Electron: reach the desktop through a port in src/main/platform.' }],
          patterns: [
            {
              group: ['**/services', '**/services/**'],
              message: 'store/ sits below services/: move what both need to src/shared or into the store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', 'electron', 'node:*'], message: 'The renderer reaches main only through window.api.' }] },
      ],
    },
  },
  {
    // The page side of the web host runs in the browser, in place of the preload.
    files: ['src/web-host/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The harness that runs the renderer over the real registry in process is the one place a renderer test reaches main.
    files: ['test/renderer/support/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
