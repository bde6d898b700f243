import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { migrate } from "../../db/migrate";
import { ensureDatabase, onShutdownSignal } from "./database";
import { redactUrl } from "./env";

/** Polls `url` until it answers 200; rejects when `exited` settles first or after `timeoutMs`. */
export async function waitForOk(url: string, exited: Promise<unknown>, timeoutMs = 120_000) {
  let childGone = false;
  void exited.then(() => (childGone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (childGone) throw new Error("The server exited before it answered.");
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s.`);
}

/**
 * Shared by `npm start` and `npm run dev`: database (DATABASE_URL or embedded), migrations, demo
 * seed, then `next start|dev` on PORT. Prints the URL and demo logins once /api/health answers.
 * SIGINT/SIGTERM go to Next first; the embedded database is stopped after Next has exited.
 */
export async function runApp(mode: "start" | "dev") {
  const port = Number(process.env.PORT ?? 3000);
  const database = await ensureDatabase();
  let shuttingDown = false;
  let stopChild: (signal: NodeJS.Signals) => Promise<void> = async () => {};
  onShutdownSignal(async (signal) => {
    shuttingDown = true;
    await stopChild(signal);
    await database.stop();
  });

  let seed: Awaited<ReturnType<typeof import("../../db/seed/demo").seedDemo>>;
  try {
    console.log(
      database.embedded
        ? `Embedded PostgreSQL ${database.startedHere ? "started" : "already running"}: ${redactUrl(database.url)}`
        : `Using DATABASE_URL ${redactUrl(database.url)}`,
    );
    await migrate(database.url);
    // The seed (and the lib/ code it uses) reads DATABASE_URL when it first connects.
    process.env.DATABASE_URL = database.url;
    seed = await (await import("../../db/seed/demo")).seedDemo();
    await (await import("../../db/client")).closeDb();
  } catch (error) {
    console.error(error);
    await database.stop();
    process.exit(1);
  }

  const appUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_URL: appUrl,
  };
  if (database.embedded && !process.env.RESEND_API_KEY && !process.env.SMTP_URL) env.MAILBOX_OPEN = "1";

  // Production: one `next start` per core (scripts/serve.mjs); development: a single `next dev`.
  const command: [string, string[]] =
    mode === "start" ? [process.execPath, ["scripts/serve.mjs", "-p", String(port)]] : ["node_modules/.bin/next", ["dev", "-p", String(port)]];
  const child = spawn(...command, { stdio: "inherit", env });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once("error", (error) => {
      console.error(error);
      resolve(1);
    });
  });
  stopChild = async (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  void exited.then(async (code) => {
    if (shuttingDown) return; // the signal handler finishes the shutdown
    console.error(`next ${mode} exited with code ${code}.`);
    await database.stop();
    process.exit(code || 1);
  });

  try {
    await waitForOk(`http://127.0.0.1:${port}/api/health`, exited);
  } catch (error) {
    if (shuttingDown) return;
    console.error(String(error));
    await stopChild("SIGTERM");
    await database.stop();
    process.exit(1);
  }

  const elapsed = Math.round(performance.now());
  const roleWidth = Math.max(...seed.logins.map((login) => login.role.length));
  const emailWidth = Math.max(...seed.logins.map((login) => login.email.length));
  const lines = [
    "",
    `Servio is running at ${appUrl}  (ready ${elapsed} ms after start)`,
    `Demo organisation: ${appUrl}/${seed.orgSlug}`,
    "Demo logins:",
    ...seed.logins.map((login) => `  ${login.role.padEnd(roleWidth)}  ${login.email.padEnd(emailWidth)}  ${login.password}`),
  ];
  if (env.MAILBOX_OPEN === "1") lines.push(`Outgoing e-mail is captured at ${appUrl}/mailbox`);
  lines.push("Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}
