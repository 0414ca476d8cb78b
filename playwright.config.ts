import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build served by the same `npm start` script a newcomer
// uses, on a fresh embedded database with the demo data. Chromium comes from the system (Debian's
// package): Playwright's own browser download is not reachable from these machines.
const port = Number(process.env.E2E_PORT ?? 3100);
// Separate data and build folders let two checkouts' suites run side by side.
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined } },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && tsx scripts/start.ts`,
    url: `http://localhost:${port}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      RAPPORT_DATA_DIR: dataDir,
      AUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: `http://localhost:${port}`,
      DATABASE_URL: "",
      // Lets a test move the app's clock (lib/clock.ts) by writing <data>/clock-offset.
      RAPPORT_TEST_CLOCK: "1",
    },
  },
});
