// The web server for `npm start`, `npm run dev`, the browser tests and the bench: Next through its
// programmatic API (`next({ dev, dir, hostname, port })`) behind our own http server, so every
// request gets its client address from the socket before Next sees it (Next does not give route
// handlers or actions the socket, and `next start` keeps a client's own X-Forwarded-For).
//
// Production: one worker process per CPU core (WEB_CONCURRENCY overrides) sharing the port through
// node:cluster; a single Node process renders on one core, so a second worker on a 2-core machine
// nearly doubles the pages served. Only the first worker runs the background e-mail worker
// (instrumentation.ts reads SERVIO_WORKERS). Development (--dev): one process, hot reload.
//
// Binds to HOST, or 127.0.0.1 when HOST is unset: the local demo is not on the network unless asked.
// TRUSTED_PROXIES (addresses/CIDRs) says which peers' X-Forwarded-For to believe; see
// lib/http/resolve-client-address.mjs.
// Usage: node scripts/serve.mjs [--dev] -p <port>
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import {
  CLIENT_ADDRESS_HEADER,
  isLoopbackAddress,
  markClientAddressResolvedHere,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
} from "../lib/http/resolve-client-address.mjs";

function option(names) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index === -1 ? undefined : args[index + 1];
}

const dev = process.argv.includes("--dev");
const port = Number(option(["-p", "--port"]) ?? process.env.PORT ?? 3000);
const hostname = option(["-H", "--hostname"]) ?? (process.env.HOST || "127.0.0.1");
// Response compression (next.config.ts reads this), unless SERVIO_COMPRESS says otherwise: on when
// serving the network directly, off when bound to this machine only. Then the clients are on this
// machine (nothing to save) or a reverse proxy in front, whose job TLS and compression are; gzip
// here would cost ~12 % of a list interaction's CPU on the server, and as much again to undo.
process.env.SERVIO_COMPRESS ??= hostname === "localhost" || isLoopbackAddress(normalizeAddress(hostname)) ? "off" : "on";
let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Headers only a trusted proxy may set: from anyone else they are dropped, and Next refills the
// x-forwarded-* ones from the socket and Host (so Auth.js and Server Actions see the real host).
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

function stampClientAddress(req) {
  const socketAddress = req.socket.remoteAddress;
  const address = resolveClientAddress({ socketAddress, forwardedFor: req.headers["x-forwarded-for"], trusted });
  if (!trusted.has(normalizeAddress(socketAddress))) {
    for (const header of PROXY_HEADERS) delete req.headers[header];
  }
  // Whatever the client sent under this name is replaced; "unresolved" is one shared, non-loopback bucket.
  req.headers[CLIENT_ADDRESS_HEADER] = address ?? "unresolved";
}

/** The address this process can reach itself on (the mailbox's Reply posts to the app's own webhook). */
function selfUrl(address) {
  const host = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}

async function serve() {
  process.env.NODE_ENV ??= dev ? "development" : "production";
  markClientAddressResolvedHere();
  const server = createServer();
  // Upgraded sockets (the dev server's hot-reload WebSocket) leave the server's connection list,
  // so server.close() would wait for them forever; they are ended at shutdown.
  const upgraded = new Set();
  server.on("upgrade", (_req, socket) => {
    upgraded.add(socket);
    socket.once("close", () => upgraded.delete(socket));
  });
  const { default: next } = await import("next");
  const app = next({ dev, dir: process.cwd(), hostname, port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  server.on("request", (req, res) => {
    stampClientAddress(req);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  process.env.SERVIO_SELF_URL = selfUrl(server.address());
  if (!cluster.isWorker || process.env.SERVIO_WORKER_INDEX === "0") {
    console.log(
      `▲ Next.js ${dev ? "dev" : "production"} server listening on ${hostname}:${port}${trusted.size ? ` (trusting X-Forwarded-For from ${process.env.TRUSTED_PROXIES})` : ""}`,
    );
  }

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    // Stop accepting, let requests in flight finish (in development nobody waits for them), then
    // close Next (after() callbacks, the dev bundler) and leave with the signal's exit code.
    const code = signal === "SIGINT" ? 130 : 143;
    const closed = new Promise((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const socket of upgraded) socket.destroy();
    if (dev) server.closeAllConnections();
    // A request that never finishes must not keep the process (and the database) from stopping.
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
    setTimeout(() => process.exit(code), 15_000).unref();
    await closed;
    await app.close().catch((error) => console.error(error));
    process.exit(code);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

const count = dev ? 1 : Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());

if (dev || cluster.isWorker) {
  await serve();
} else {
  let stopping = false;
  const fork = (index) => {
    const worker = cluster.fork({ SERVIO_WORKERS: index === 0 ? (process.env.SERVIO_WORKERS ?? "on") : "off", SERVIO_WORKER_INDEX: String(index) });
    let listening = false;
    worker.once("listening", () => (listening = true));
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      if (!listening) {
        // It never served (port taken, broken build): starting it again would only loop.
        console.error(`web worker ${index} exited (${signal ?? code}) before it was listening; stopping.`);
        stop("SIGTERM", 1);
        return;
      }
      // A crashed worker is replaced; the others keep serving meanwhile.
      console.error(`web worker ${index} exited (${signal ?? code}); starting a new one`);
      fork(index);
    });
  };
  function stop(signal, code = 0) {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    const check = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearInterval(check);
        process.exit(code);
      }
    }, 50);
  }
  for (let i = 0; i < count; i++) fork(i);
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}
