import { defineConfig, devices } from "@playwright/test";
import { RECIPE_FIXTURE_HOST } from "@/tests/e2e/recipe-fixture-host";

// E2E_PORT lets two checkouts on one machine run their e2e suites side by side.
const port = Number(process.env.E2E_PORT ?? 3100);

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
  // Phone widths are covered by screenshots.spec.ts (390 px, no sideways scrolling on every main page).
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The production build (made by scripts/test.sh) on a fresh database of its own: Postgres when
  // TEST_DATABASE_URL is set (CI), else embedded PGlite.
  webServer: {
    command: `npx tsx scripts/e2e-server.ts ${port}`,
    url: `http://127.0.0.1:${port}/api/foods?limit=1`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      // Every e2e request comes from one IP; the limit itself is proven in an integration test.
      AUTH_RATE_LIMIT_MAX: "1000",
      PLAN_RATE_LIMIT_MAX: "1000",
      // The fixture pages' host (tests/e2e/recipe-fixture-host.ts): import by URL, never another local host.
      RECIPE_IMPORT_ALLOWED_HOSTS: RECIPE_FIXTURE_HOST,
    },
  },
});
