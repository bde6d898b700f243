import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The integration files that need a module graph of their own: those that replace a module with
 * vi.mock, and those that count a verb's SQL statements (tests/integration/sql-recorder.ts), which
 * a module-level cache warmed or left cold by an earlier file changes (17 against 16 once).
 */
const ISOLATED_FILES = [
  "tests/integration/current-user.test.ts",
  "tests/integration/list-data-routes.test.ts",
  "tests/integration/reference-cache.test.ts",
  "tests/integration/schedule-generation-sql.test.ts",
  "tests/integration/search-sql.test.ts",
  "tests/integration/service-dispatch.test.ts",
];

const INTEGRATION = {
  environment: "node",
  // One embedded PostgreSQL per project run (see global-setup.ts); files use it one at a time.
  globalSetup: ["tests/integration/global-setup.ts"],
  setupFiles: ["tests/integration/setup-env.ts"],
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
  env: { EMAIL_RETRY_DELAY: "1" },
};

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests run lib/ code directly.
      "server-only": path.join(root, "tests/empty.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Some unit files parse the whole source tree (structure, client namespaces); npm test
          // runs them beside eslint, tsc and the build on 2 cores, where 5 s was not always enough.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ISOLATED_FILES,
          // The files share one module graph: importing the app's modules afresh for each file cost
          // about 100 s of a 250 s run. Each file makes its own orgs and moves the clock back in its
          // hooks, so nothing a file leaves in a module is read by the next one.
          isolate: false,
          ...INTEGRATION,
        },
      },
      {
        extends: true,
        test: {
          // vi.mock replaces a module, and a statement count reads caches, for one file only while
          // that file has modules of its own.
          name: "integration-isolated",
          include: ISOLATED_FILES,
          ...INTEGRATION,
          // After the other integration files, not beside them.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
