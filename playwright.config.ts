import { defineConfig, devices } from "@playwright/test";

const port = 3100;

// Browsers come from Debian (apt-get install chromium), never from `playwright install`.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /mobile/ },
    { name: "chromium-mobile", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile/ },
  ],
  // The production build (made by scripts/test.sh) on a fresh embedded database of its own.
  webServer: {
    command: `rm -rf .data/e2e && PGLITE_DATA_DIR=.data/e2e npx tsx scripts/db-setup.ts && PGLITE_DATA_DIR=.data/e2e npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/foods?limit=1`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      // Every e2e request comes from one IP; the limit itself is proven in an integration test.
      AUTH_RATE_LIMIT_MAX: "1000",
      PLAN_RATE_LIMIT_MAX: "1000",
    },
  },
});
