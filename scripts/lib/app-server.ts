import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { enableLocalAppRole } from "../../db/app-role";
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

/** Where this machine reaches a server bound to `host`: loopback for the wildcard addresses. */
export function reachableUrl(host: string, port: number) {
  const reachable = host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}

/**
 * Shared by `npm start` and `npm run dev`: database (DATABASE_URL or embedded), migrations, demo
 * seed, then scripts/serve.mjs (production, or --dev) on PORT, bound to HOST or 127.0.0.1. Prints
 * the URL and demo logins once /api/health answers.
 * SIGINT/SIGTERM go to Next first; the embedded database is stopped after Next has exited.
 */
export async function runApp(mode: "start" | "dev") {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST || "127.0.0.1";
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
    // Tenant queries connect as the app role, under row-level security (README "Database roles").
    if (database.embedded) process.env.DATABASE_APP_URL = await enableLocalAppRole(database.url);
    else if (!process.env.DATABASE_APP_URL) {
      console.warn(
        "DATABASE_APP_URL is not set: tenant queries use DATABASE_URL, and row-level security is no second line unless that role lacks BYPASSRLS (README).",
      );
    }
    seed = await (await import("../../db/seed/demo")).seedDemo();
    await (await import("../../db/client")).closeDb();
  } catch (error) {
    console.error(error);
    await database.stop();
    process.exit(1);
  }

  // AUTH_URL is left unset unless the user set it: Auth.js then takes the host each request was
  // made to, so signing in works at localhost, 127.0.0.1 or the network address alike. E-mails
  // have no request to take a host from; their links use APP_URL.
  // The default is where this machine reaches the server; bound to one network address, that one.
  const wildcard = ["0.0.0.0", "::", "127.0.0.1", "localhost"].includes(host);
  const appUrl = process.env.APP_URL ?? process.env.AUTH_URL ?? (wildcard ? `http://localhost:${port}` : reachableUrl(host, port));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    APP_URL: appUrl,
    HOST: host,
  };
  if (database.embedded && !process.env.RESEND_API_KEY && !process.env.SMTP_URL) env.MAILBOX_OPEN = "1";

  // Production: a worker per core; development: one process with hot reload. Both through
  // scripts/serve.mjs, which resolves each request's client address from the socket.
  const args = mode === "start" ? ["scripts/serve.mjs", "-p", String(port)] : ["scripts/serve.mjs", "--dev", "-p", String(port)];
  const child = spawn(process.execPath, args, { stdio: "inherit", env });
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
    console.error(`The ${mode === "start" ? "production" : "development"} server exited with code ${code}.`);
    await database.stop();
    process.exit(code || 1);
  });

  try {
    await waitForOk(`${reachableUrl(host, port)}/api/health`, exited);
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
    process.env.HOST
      ? `Listening on ${host}:${port} (HOST). E-mail links use ${appUrl}; set APP_URL to the address others open.`
      : `Listening on 127.0.0.1 only: set HOST=0.0.0.0 to serve the network.`,
    `Demo organisation: ${appUrl}/${seed.orgSlug}`,
    "Demo logins:",
    ...seed.logins.map((login) => `  ${login.role.padEnd(roleWidth)}  ${login.email.padEnd(emailWidth)}  ${login.password}`),
  ];
  if (env.MAILBOX_OPEN === "1" || mode === "dev") {
    lines.push(`Outgoing e-mail is captured at ${appUrl}/mailbox (open on this machine only; from elsewhere it needs an admin sign-in)`);
  }
  lines.push("Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}
