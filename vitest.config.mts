import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The tests that read Exotel's answers through the Sandbox run a second time with the Sandbox answering in the
 * forms Exotel's docs show, so neither the Sandbox's own forms nor the documented ones can stop being read.
 */
const READ_EXOTEL_ANSWERS = [
  'test/unit/exotel/client-*.test.ts',
  'test/unit/exotel/pacing-window.test.ts',
  'test/unit/campaigns/**/*.test.ts',
  'test/unit/compose/**/*.test.ts',
  'test/unit/contacts/send-to-exotel.test.ts',
  'test/unit/outbox/**/*.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], setupFiles: ['test/renderer/dom-matchers.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'docs-dialect',
          include: READ_EXOTEL_ANSWERS,
          // These check what the app sends by reading it back as the Sandbox's own form writes it.
          exclude: ['test/unit/compose/wire.test.ts', 'test/unit/compose/campaign-check-cli.test.ts'],
          env: { SANDBOX_DIALECT: 'docs' },
        },
      },
    ],
  },
});
