// Started by Playwright (playwright.config.ts webServer): a throw-away embedded PostgreSQL in
// .data/e2e-<pid> on a free port, migrated, behind `next start` on E2E_PORT (3100). The production
// build must exist (npm test runs next build first). SIGTERM/SIGINT: stop Next, stop PostgreSQL,
// delete the directory.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { enableLocalAppRole } from "../db/app-role";
import { migrate } from "../db/migrate";
import { waitForOk } from "./lib/app-server";
import { onShutdownSignal, removeStaleDataDirs, runDirName, startFreshPostgres } from "./lib/database";

const port = Number(process.env.E2E_PORT ?? 3100);
const appUrl = `http://localhost:${port}`;

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build in .next: run `npx next build` first (npm test does).");
  process.exit(1);
}

await removeStaleDataDirs("e2e");
const database = await startFreshPostgres({ name: runDirName("e2e", false), database: "servio_e2e" });
let child: ReturnType<typeof spawn> | undefined = undefined;
let exited: Promise<number> = Promise.resolve(0);
let shuttingDown = false;

onShutdownSignal(async (signal) => {
  shuttingDown = true;
  if (process.env.E2E_INSTANCE_FILE) rmSync(process.env.E2E_INSTANCE_FILE, { force: true });
  if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  await exited;
  await database.stop();
});

let appDatabaseUrl: string;
try {
  await migrate(database.url);
  appDatabaseUrl = await enableLocalAppRole(database.url);
} catch (error) {
  console.error("Migrating the e2e database failed:", error);
  await database.stop();
  process.exit(1);
}

// The same production server as `npm start`: a worker per core (scripts/serve.mjs), on
// 127.0.0.1 like the local demo. Like the demo, AUTH_URL is unset (sign-in works at whichever
// host the browser opened) and e-mail links use APP_URL. TRUSTED_PROXIES names a stand-in reverse
// proxy at 127.0.0.2 (e2e/network-access.spec.ts connects from there with X-Forwarded-For to act
// as a client on the network); the browser itself, at 127.0.0.1, is a direct client on this machine.
// `next start` also reads .env.local, but never overrides variables that are set: the empty
// values keep a developer's real mail settings out of the browser tests.
const serverEnv = {
  NODE_ENV: "production" as const,
  APP_URL: appUrl,
  RESEND_API_KEY: "",
  SMTP_URL: "",
  DATABASE_URL: database.url,
  DATABASE_APP_URL: appDatabaseUrl,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  AUTH_URL: "",
  HOST: "127.0.0.1",
  TRUSTED_PROXIES: "127.0.0.2",
  MAILBOX_OPEN: "1",
  EMAIL_RETRY_DELAY: "1",
  // An org job's retries a second apart without backoff (lib/jobs/start-queues.ts), so a spec sees
  // a job the fault switch breaks (/api/test-faults) fail all its attempts within seconds.
  JOBS_RETRY_DELAY_SECONDS: "1",
  // Specs move the server's clock through /api/test-clock (lib/system/test-clock.ts) and break
  // jobs through /api/test-faults (lib/system/test-faults.ts); only this server has either.
  SERVIO_TEST_CLOCK: "1",
};
// A spec that needs a second instance on the same database (e2e/second-instance.ts) starts one
// from this file: same database and AUTH_SECRET, so the browser's session cookie (cookies are per
// host, not per port) signs it in on both. Throw-away values of a throw-away database, under .data.
if (process.env.E2E_INSTANCE_FILE) writeFileSync(process.env.E2E_INSTANCE_FILE, JSON.stringify(serverEnv), { mode: 0o600 });
child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port)], {
  // Piped so that missing translations can be collected (watchServerLog); passed on unchanged.
  stdio: ["inherit", "pipe", "pipe"],
  env: { ...process.env, ...serverEnv, SERVIO_WORKERS: "on" },
});
const started = child;
watchServerLog(started);
exited = new Promise<number>((resolve) => {
  started.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  started.once("error", (error) => {
    console.error(error);
    resolve(1);
  });
});
// Next dying on its own (not through our signal handler) ends the run.
void exited.then(async (code) => {
  if (shuttingDown) return;
  console.error(`next start exited with code ${code}.`);
  await database.stop();
  process.exit(code || 1);
});

await waitForOk(`http://127.0.0.1:${port}/api/health`, exited).then(
  () => console.log(`e2e server ready at ${appUrl} (database ${database.dataDir})`),
  (error: unknown) => console.error(String(error)),
);

/**
 * Passes the server's output through and writes every line that reports a missing message
 * (next-intl logs `MISSING_MESSAGE: …` when a page or a client component asks for a key its
 * catalogue lacks) to E2E_MESSAGE_LOG; e2e/global-teardown.ts fails the run on any.
 */
function watchServerLog(server: ReturnType<typeof spawn>) {
  const logFile = process.env.E2E_MESSAGE_LOG;
  if (logFile) rmSync(logFile, { force: true });
  for (const [stream, sink] of [
    [server.stdout, process.stdout],
    [server.stderr, process.stderr],
  ] as const) {
    if (!stream) continue;
    stream.on("data", (chunk: Buffer) => sink.write(chunk));
    createInterface({ input: stream }).on("line", (line) => {
      if (logFile && line.includes("MISSING_MESSAGE")) appendFileSync(logFile, `${line}\n`);
    });
  }
}
