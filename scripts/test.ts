// npm test — every check CI runs, in order, stopping at the first failure:
// route types + tsc, eslint and prettier (side by side), vitest (unit + integration), Chromium check, next build, Playwright.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Step = { name: string; ms: number; ok: boolean };
type Counts = { passed: number; failed: number };

const steps: Step[] = [];
const counts: { vitest?: Counts; playwright?: Counts } = {};
const startedAt = performance.now();

mkdirSync(".data", { recursive: true });
// Per-run report files so two runs at the same time do not read each other's results.
const vitestJson = path.join(".data", `vitest-${process.pid}.json`);
const playwrightJson = path.join(".data", `playwright-${process.pid}.json`);

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", command), args, { stdio: "inherit", env });
    child.once("error", (error) => {
      console.error(error);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
}

function vitestCounts(): Counts | undefined {
  const report = readJson(vitestJson) as { numPassedTests?: number; numFailedTests?: number } | undefined;
  if (typeof report?.numPassedTests !== "number") return undefined;
  return { passed: report.numPassedTests, failed: report.numFailedTests ?? 0 };
}

function playwrightCounts(): Counts | undefined {
  const report = readJson(playwrightJson) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined;
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected };
}

function summary() {
  console.log("\n── npm test summary ──");
  for (const step of steps) console.log(`  ${step.ok ? "✓" : "✗"} ${step.name.padEnd(28)} ${seconds(step.ms).padStart(8)}`);
  console.log(`  ${"total".padEnd(30)} ${seconds(performance.now() - startedAt).padStart(8)}`);
  const known = [counts.vitest, counts.playwright].filter((c): c is Counts => c !== undefined);
  if (known.length > 0) {
    const passed = known.reduce((sum, c) => sum + c.passed, 0);
    const failed = known.reduce((sum, c) => sum + c.failed, 0);
    console.log(`${passed} passed, ${failed} failed`);
  }
}

async function step(name: string, action: () => Promise<number | string>) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = await action();
  const ok = result === 0;
  steps.push({ name, ms: performance.now() - started, ok });
  if (!ok) {
    const reason = typeof result === "string" ? result : `exit code ${result}`;
    console.error(`\n✗ ${name} failed (${reason}). Stopping here.`);
    summary();
    process.exit(typeof result === "number" && result > 0 ? result : 1);
  }
}

// The three static checks are single-threaded each, so they run side by side (2 cores on CI).
await step("typecheck, lint, format", async () => {
  const results = await Promise.all([
    // Route types (PageProps, LayoutProps, typed links) live in .next/types; generate them first.
    run("next", ["typegen"]).then((typegen) => (typegen !== 0 ? typegen : run("tsc", ["--noEmit"]))),
    run("eslint", ["--max-warnings=0", "."]),
    // `npm run format` writes it; a file left unformatted fails here rather than in the next diff.
    run("prettier", ["--check", "--log-level=warn", "."]),
  ]);
  const failed = results.findIndex((code) => code !== 0);
  return failed === -1 ? 0 : `${["tsc", "eslint", "prettier"][failed]} exit code ${results[failed]}`;
});

await step("unit + integration (vitest)", async () => {
  const code = await run("vitest", [
    "run",
    "--project",
    "unit",
    "--project",
    "integration",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
  ]);
  counts.vitest = vitestCounts();
  return code;
});

await step("chromium", async () => {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return 0;
  return `Chromium not found at ${chromium}. Install it with: apt-get update && apt-get install -y chromium`;
});

await step("build (next build)", () => run("next", ["build"]));

await step("browser tests (playwright)", async () => {
  const code = await run("playwright", ["test"], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson });
  counts.playwright = playwrightCounts();
  return code;
});

summary();
