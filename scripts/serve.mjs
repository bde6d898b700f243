// Production web server: `next start` in one worker process per CPU core (WEB_CONCURRENCY
// overrides), sharing one port through node:cluster. A single Node process renders on one core;
// on a 2-core machine the second worker nearly doubles the pages served. Only the first worker
// runs the background e-mail worker (instrumentation.ts reads SERVIO_WORKERS).
// Usage: node scripts/serve.mjs -p <port>
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

const count = Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());

if (cluster.isPrimary) {
  let stopping = false;
  const fork = (index) => {
    const worker = cluster.fork({ SERVIO_WORKERS: index === 0 ? (process.env.SERVIO_WORKERS ?? "on") : "off", SERVIO_WORKER_INDEX: String(index) });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      // A crashed worker is replaced; the others keep serving meanwhile.
      console.error(`web worker ${index} exited (${signal ?? code}); starting a new one`);
      fork(index);
    });
  };
  for (let i = 0; i < count; i++) fork(i);
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearInterval(check);
        process.exit(0);
      }
    }, 50);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} else {
  process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
  await import("next/dist/bin/next");
}
