import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/find-chromium.ts';

const CI = Boolean(process.env.CI);

/**
 * End-to-end tests: real Chromium against the built page (served from a sub-path), the reference gateway and
 * the demo upstream, all started as real processes by `e2e/global-setup.ts`. Run `npm run test:e2e`.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // The machines this runs on have two cores; the servers need some of them too.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    headless: true,
    // Each test gets a fresh browser context (Playwright's default): fresh localStorage, no shared state.
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
});
