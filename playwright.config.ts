import { defineConfig, devices } from "@playwright/test";

// Browser: Debian's chromium (never a downloaded build). scripts/e2e.mjs checks it
// exists and prepares the database before Playwright starts the app.
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/`,
    // a cold `next build` on a busy 2-core machine has taken over 5 minutes
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The read model on (it is off by default for a district's data), so the journeys
    // go through the facts, the figures cache and the page cache as at national scale.
    env: { PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", KTT_READ_MODEL: "on" },
  },
});
