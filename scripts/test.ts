// npm test — every check CI runs, in order, stopping at the first failure:
// route types + tsc, eslint and prettier (side by side), Chromium check, vitest (unit + integration) beside next build, Playwright.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
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

let buildMs = 0;

/** Like run, with the command's output written to `file` instead of the terminal. */
function runLogged(command: string, args: string[], file: string): Promise<number> {
  return new Promise((resolve) => {
    const out = openSync(file, "w");
    const child = spawn(path.join("node_modules", ".bin", command), args, { stdio: ["ignore", out, out] });
    child.once("error", (error) => {
      console.error(error);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      closeSync(out);
      resolve(code ?? (signal ? 1 : 0));
    });
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

await step("chromium", async () => {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return 0;
  return `Chromium not found at ${chromium}. Install it with: apt-get update && apt-get install -y chromium`;
});

// vitest runs its integration files one at a time against one PostgreSQL, which leaves most of a
// core idle; next build uses it meanwhile (about 80 s off the run on 2 cores). The build writes to
// a log printed when it ends, so the two outputs do not interleave.
await step("vitest, next build side by side", async () => {
  const buildLog = path.join(".data", `build-${process.pid}.log`);
  const buildStarted = performance.now();
  const build = runLogged("next", ["build"], buildLog).then((code) => {
    buildMs = performance.now() - buildStarted;
    return code;
  });
  const vitest = run("vitest", [
    "run",
    "--project",
    "unit",
    "--project",
    "integration",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
  ]);
  const vitestCode = await vitest;
  const vitestMs = performance.now() - buildStarted;
  counts.vitest = vitestCounts();
  const buildCode = await build;
  console.log(`\n── next build (${seconds(buildMs)}) ──\n${readFileSync(buildLog, "utf8")}`);
  rmSync(buildLog, { force: true });
  console.log(`vitest ${seconds(vitestMs)}, next build ${seconds(buildMs)}`);
  if (vitestCode !== 0) return `vitest exit code ${vitestCode}`;
  return buildCode === 0 ? 0 : `next build exit code ${buildCode}`;
});

await step("browser tests (playwright)", async () => {
  const code = await run("playwright", ["test"], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson });
  counts.playwright = playwrightCounts();
  return code;
});

summary();
