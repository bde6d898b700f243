import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium";
import { SERVER_STATE_SPECS } from "./e2e/server-state-specs";

// E2E_PORT lets a second checkout run its browser tests next to this one; 3100 by default.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// Lines of the e2e server's log that report a missing translation (scripts/e2e-server.ts).
// Set here, so the server (webServer env) and the teardown (this process) read the same path.
const messageLog = (process.env.E2E_MESSAGE_LOG ??= path.resolve(".data", `e2e-missing-messages-${port}.log`));
// The e2e server's database and secret, for a spec that starts a second instance (e2e/second-instance.ts).
const instanceFile = (process.env.E2E_INSTANCE_FILE ??= path.resolve(".data", `e2e-instance-${port}.json`));

// One spec at a time: two side by side on CI's 2 cores took longer (733 s against 640 s), the
// server and two browsers contending. The specs that move server-wide state still run after all
// the others (e2e/server-state-specs.ts), so a parallel run later cannot overlap them by accident.
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? ".data/playwright.json" }]],
  outputDir: "test-results",
  // Fails the run when the server logged a missing translation during any test.
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    browserName: "chromium",
    baseURL,
    // No trace: recording one (screencast and DOM snapshots) for every test made the specs about a
    // quarter slower on 2 cores, and CI only shows the log. A failure keeps its error context (the
    // page's accessibility tree) and a screenshot; `--trace on` records one when debugging.
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "side by side", testIgnore: SERVER_STATE_SPECS },
    { name: "moves the server's clock", testMatch: SERVER_STATE_SPECS, workers: 1, dependencies: ["side by side"] },
  ],
  webServer: {
    // The production build comes from `npm test` (next build) before Playwright starts.
    command: "tsx --import ./scripts/allow-server-only.mjs scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    env: { E2E_PORT: String(port), E2E_MESSAGE_LOG: messageLog, E2E_INSTANCE_FILE: instanceFile },
  },
});
