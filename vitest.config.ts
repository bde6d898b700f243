import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Vitest 5 targets Node 22 but runs on the Node 20 these machines have, except for three ES2024
// built-ins its main process uses: Map.groupBy (printing failed tests — without it a failing test
// crashes the reporter and hides the failure), Object.groupBy (saving snapshots) and
// Promise.withResolvers (watch mode). This file is evaluated in that process, so polyfill them here.
if (typeof Map.groupBy !== "function") {
  Map.groupBy = function groupBy<K, T>(items: Iterable<T>, key: (item: T, index: number) => K) {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  } as typeof Map.groupBy;
}
if (typeof Object.groupBy !== "function") {
  Object.groupBy = function groupBy<T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) {
    const groups: Partial<Record<PropertyKey, T[]>> = Object.create(null);
    let index = 0;
    for (const item of items) (groups[key(item, index++)] ??= []).push(item);
    return groups;
  } as typeof Object.groupBy;
}
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  } as typeof Promise.withResolvers;
}

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
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One embedded PostgreSQL per run (see global-setup.ts); files share it one at a time.
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { EMAIL_RETRY_DELAY: "1" },
        },
      },
    ],
  },
});
