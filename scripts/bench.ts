// npm run bench — issue 3's figures: a bench org with 100,000 customers, 200,000 contacts and
// 1,000,000 activities in a throw-away embedded PostgreSQL, the production server on BENCH_PORT,
// 10 concurrent signed-in clients per scenario, and the same queries timed in-process.
// The last line printed is one JSON object with the headline figures.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { migrate } from "../db/migrate";
import { waitForOk } from "./lib/app-server";
import { ensureBuild } from "./lib/build";
import { onShutdownSignal, removeStaleDataDirs, runDirName, startFreshPostgres } from "./lib/database";
import { load, percentile, signIn } from "./bench/http";
import { loadBenchData } from "./bench/load-data";
import { benchService } from "./bench/service";

const PORT = Number(process.env.BENCH_PORT ?? 3700);
const BASE = `http://localhost:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const CONCURRENCY = 10;
const PASSWORD = "Bench-Password-2026";

ensureBuild();
await removeStaleDataDirs("bench");
const database = await startFreshPostgres({ name: runDirName("bench", false), database: "servio_bench" });
let child: ReturnType<typeof spawn> | undefined;
onShutdownSignal(async (signal) => {
  child?.kill(signal);
  await database.stop();
});

try {
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { signUp } = await import("../lib/auth/sign-up");
  const { loadOrgContext } = await import("../lib/orgs/load-org-context");
  const { listCustomers } = await import("../lib/customers/list-customers");
  const { getCustomer } = await import("../lib/customers/get-customer");
  const { listActivities } = await import("../lib/activity/list-activities");
  const { db, closeDb } = await import("../db/client");
  const { stopBoss } = await import("../lib/jobs/boss");
  const { sql } = await import("drizzle-orm");
  const { encodeCursor, feedCursor } = await import("../lib/db/keyset");

  const owner = await signUp({ name: "Bench Admin", email: "bench@bench.test", password: PASSWORD, orgName: "Bench Org" }, "en");
  const ctx = await loadOrgContext(owner.userId, owner.orgSlug);
  const loadStart = performance.now();
  const loadTimings = await loadBenchData(database.url, ctx.org.id, owner.userId);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  console.log(`Loaded 100,000 customers, 200,000 contacts, 1,000,000 activities in ${loadSeconds.toFixed(1)} s`, loadTimings);

  // Cursors for the deep pages, taken from the data the way a user paging forward would reach them.
  const deepCustomer = (await db.execute(
    sql`select id, name from customers where org_id = ${ctx.org.id} order by name, id offset ${(2000 - 1) * 50 - 1} limit 1`,
  )) as unknown as { id: string; name: string }[];
  const listCursor = encodeCursor({ v: deepCustomer[0]!.name, id: deepCustomer[0]!.id });
  const deepActivity = (await db.execute(
    sql`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from activities where org_id = ${ctx.org.id} order by created_at desc, id desc offset 9999 limit 1`,
  )) as unknown as { id: string; at: string }[];
  const deepCursor = feedCursor({ createdAt: new Date(deepActivity[0]!.at), id: deepActivity[0]!.id });
  const someCustomer = deepCustomer[0]!.id;

  const scenarios = [
    { key: "list_first", path: "/customers", verb: () => listCustomers(ctx, {}) },
    { key: "list_deep", path: `/customers?after=${listCursor}`, verb: () => listCustomers(ctx, { after: listCursor }) },
    { key: "list_sorted", path: "/customers?sort=name&dir=desc", verb: () => listCustomers(ctx, { sort: "name", dir: "desc" }) },
    { key: "search", path: "/customers?q=ist", verb: () => listCustomers(ctx, { q: "ist" }) },
    { key: "detail", path: `/customers/${someCustomer}`, verb: () => getCustomer(ctx, { id: someCustomer }) },
    { key: "feed_first", path: "/activities", verb: () => listActivities(ctx, {}) },
    { key: "feed_deep", path: `/activities?before=${deepCursor}`, verb: () => listActivities(ctx, { before: deepCursor }) },
  ];

  // The verbs alone: the SQL (and the little shaping around it) without HTTP or rendering.
  const sqlP95: Record<string, number> = {};
  for (const scenario of scenarios) {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await scenario.verb();
      times.push(performance.now() - start);
    }
    sqlP95[scenario.key] = percentile(times, 95);
  }

  const inboundSecret = `whsec_${randomBytes(24).toString("base64")}`;
  child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_URL: BASE,
      APP_URL: BASE,
      SERVIO_WORKERS: "off",
      INBOUND_WEBHOOK_SECRET: inboundSecret,
    },
  });
  const exited = new Promise((resolve) => child!.once("exit", resolve));
  await waitForOk(`${BASE}/api/health`, exited);
  const cookie = await signIn(BASE, "bench@bench.test", PASSWORD);

  const results: Record<string, { p50: number; p95: number; kb: number; rps: number }> = {};
  for (const scenario of scenarios) {
    const url = `${BASE}/${owner.orgSlug}${scenario.path}`;
    // Warm-up: every worker process renders the page a few times before it is measured.
    await load(url, cookie, CONCURRENCY * 3, CONCURRENCY);
    const { samples, seconds } = await load(url, cookie, REQUESTS, CONCURRENCY);
    const ms = samples.map((s) => s.ms);
    results[scenario.key] = {
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      kb: samples.reduce((sum, s) => sum + s.bytes, 0) / samples.length / 1024,
      rps: samples.length / seconds,
    };
  }
  const service = await benchService(BASE, ctx, someCustomer, inboundSecret);
  await stopBoss();
  await closeDb();
  console.log(
    `approval page ${service.approval_html_kb.toFixed(1)} KB HTML, p95 ${service.approval_p95_ms.toFixed(1)} ms; ` +
      `inbound webhook p50 ${service.webhook_p50_ms.toFixed(1)} ms, p95 ${service.webhook_p95_ms.toFixed(1)} ms (one client)`,
  );

  // The client-side navigation payload of the list (RSC), on top of its HTML.
  const rsc = await fetch(`${BASE}/${owner.orgSlug}/customers`, { headers: { cookie, rsc: "1" } });
  const rscKb = (await rsc.arrayBuffer()).byteLength / 1024;

  console.log("\nscenario       p50 ms   p95 ms   SQL p95 ms   HTML KB   req/s");
  for (const [key, r] of Object.entries(results)) {
    console.log(
      `${key.padEnd(14)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(8)} ${sqlP95[key]!.toFixed(1).padStart(12)} ${r.kb.toFixed(1).padStart(9)} ${r.rps.toFixed(1).padStart(7)}`,
    );
  }
  console.log(`list RSC payload ${rscKb.toFixed(1)} KB; data load ${loadSeconds.toFixed(1)} s`);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      list_p95_ms: round(results.list_first!.p95),
      deep_over_first: round(results.list_deep!.p95 / results.list_first!.p95),
      search_p95_ms: round(results.search!.p95),
      detail_p95_ms: round(results.detail!.p95),
      feed_deep_p95_ms: round(results.feed_deep!.p95),
      feed_deep_over_first: round(results.feed_deep!.p95 / results.feed_first!.p95),
      list_payload_kb: round(results.list_first!.kb),
      rps: round(results.list_first!.rps),
      load_s: round(loadSeconds),
      approval_html_kb: round(service.approval_html_kb),
      approval_p95_ms: round(service.approval_p95_ms),
      webhook_p95_ms: round(service.webhook_p95_ms),
    }),
  );
} finally {
  if (child && child.exitCode === null) {
    const gone = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await gone;
  }
  await database.stop();
}
