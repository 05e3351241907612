import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './main/export/pdf-printer.ts';

// Debian's Chromium; Playwright's own browsers cannot be downloaded on these machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // The same switches as the developer PDF printer, plus no QUIC (refused by this closed network).
      args: [...CHROMIUM_ARGS, '--disable-quic'],
    },
  },
});
