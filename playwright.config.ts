import { defineConfig } from '@playwright/test';
import { e2eTarget, chromiumLaunchOptions } from './test/e2e/support/target';

const target = e2eTarget();

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: target === 'web' ? chromiumLaunchOptions() : {},
  },
  projects: [{ name: target }],
});
