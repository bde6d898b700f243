// npm test — every check CI runs, stopping at the first failure: the Chromium check; vitest (unit +
// integration) beside prettier, eslint, route types + tsc and next build (one after another); Playwright.
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

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  onSpawn?: (child: ReturnType<typeof spawn>) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", command), args, { stdio: "inherit", env });
    onSpawn?.(child);
    child.once("error", (error) => {
      console.error(error);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like run, with the command's output written to `file` instead of the terminal. */
function runLogged(command: string, args: string[], file: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const out = openSync(file, "w");
    const child = spawn(path.join("node_modules", ".bin", command), args, { stdio: ["ignore", out, out], env });
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

await step("chromium", async () => {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return 0;
  return `Chromium not found at ${chromium}. Install it with: apt-get update && apt-get install -y chromium`;
});

/**
 * Runs `commands` one after another, each logged to its own file, stopping at the first failure.
 * Resolves with the failed command's name and exit code, or null when all passed.
 */
async function runChain(commands: { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv }[]) {
  for (const { name, command, args, env } of commands) {
    const log = path.join(".data", `${name.replace(/\W+/g, "-")}-${process.pid}.log`);
    const started = performance.now();
    const code = await runLogged(command, args, log, env);
    const output = readFileSync(log, "utf8").trimEnd();
    rmSync(log, { force: true });
    console.log(`\n── ${name} (${seconds(performance.now() - started)}) ──${output ? `\n${output}` : ""}`);
    if (code !== 0) return { name, code };
  }
  return null;
}

// vitest runs its integration files one at a time against one PostgreSQL, which leaves much of a
// core idle; the static checks and then next build use it meanwhile, one after another. The build
// skips its own TypeScript pass: tsc has just checked the same project in this chain. The chain's
// outputs are printed as each command ends, so they do not interleave with vitest's.
await step("checks and build beside vitest", async () => {
  let vitestChild: ReturnType<typeof spawn> | undefined;
  const vitestStarted = performance.now();
  const vitest = run(
    "vitest",
    [
      "run",
      "--project",
      "unit",
      "--project",
      "integration",
      "--project",
      "integration-isolated",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${vitestJson}`,
    ],
    process.env,
    (child) => (vitestChild = child),
  ).then((code) => {
    console.log(`\n── vitest (${seconds(performance.now() - vitestStarted)}) ──`);
    return code;
  });
  const chain = runChain([
    // `npm run format` writes it; a file left unformatted fails here rather than in the next diff.
    { name: "prettier", command: "prettier", args: ["--check", "--log-level=warn", "."] },
    { name: "eslint", command: "eslint", args: ["--max-warnings=0", "."] },
    // Route types (PageProps, LayoutProps, typed links) live in .next/types; generate them first.
    { name: "route types", command: "next", args: ["typegen"] },
    { name: "tsc", command: "tsc", args: ["--noEmit"] },
    { name: "next build", command: "next", args: ["build"], env: { ...process.env, SERVIO_BUILD_TYPECHECKED: "1" } },
  ]).then((failed) => {
    // A failed check fails the run whatever vitest says: stop it rather than wait for it.
    if (failed) vitestChild?.kill("SIGTERM");
    return failed;
  });
  const [vitestCode, failed] = await Promise.all([vitest, chain]);
  counts.vitest = vitestCounts();
  if (failed) return `${failed.name} exit code ${failed.code}`;
  return vitestCode === 0 ? 0 : `vitest exit code ${vitestCode}`;
});

await step("browser tests (playwright)", async () => {
  const code = await run("playwright", ["test"], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson });
  counts.playwright = playwrightCounts();
  return code;
});

summary();
