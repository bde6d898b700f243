import { spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

/** A free TCP port on 127.0.0.1 (the OS picks one; we release it for the server to take). */
async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a second production server next to the e2e server, on the same database and AUTH_SECRET
 * (scripts/e2e-server.ts writes them to E2E_INSTANCE_FILE), as a second machine would run. One
 * worker and no background jobs: a single process, so every page it serves comes from one cache.
 * The browser's session cookie works on both (cookies are per host, not per port). Its missing
 * messages go to the same log as the main server's (checked in the global teardown).
 */
export async function startSecondInstance() {
  const file = process.env.E2E_INSTANCE_FILE;
  if (!file) throw new Error("E2E_INSTANCE_FILE is not set (playwright.config.ts sets it)");
  const shared = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...shared, SERVIO_WORKERS: "off", WEB_CONCURRENCY: "1" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      if (line.includes("MISSING_MESSAGE") && process.env.E2E_MESSAGE_LOG) appendFileSync(process.env.E2E_MESSAGE_LOG, `${line}\n`);
    });
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!stopped) child.kill("SIGKILL");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the second instance on port ${port} did not start`);
    }
    await sleep(100);
  }
  return { url: `http://localhost:${port}`, stop };
}
