import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4174);
/** Several people (or agents) can test side by side: each with its own build folder, port and output folder. */
const dist = process.env.E2E_DIST ?? 'dist';
const outputDir = process.env.E2E_OUT ?? 'test-results/e2e';

/** Browser tests drive Debian's Chromium (Playwright cannot download its own here). */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir,
  // Every test holds its fake clock still and waits for conditions, and each takes well under 20 s
  // on an idle machine. The 60 s per test and 10 s per assertion are a safety net for a machine
  // busy with other work, not time the tests need; no retries, so a flaky test shows as failed.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1366, height: 768 },
    timezoneId: 'Europe/Zurich',
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort`,
    port,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
