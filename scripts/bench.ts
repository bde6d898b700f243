// npm run bench — issue 3's figures: a bench org with 100,000 customers, 200,000 contacts,
// 1,000,000 activities and 20,000 service records in a throw-away embedded PostgreSQL, the
// production server on BENCH_PORT, 10 concurrent signed-in clients per scenario, and the same
// queries timed in-process. Issue 9's in the same run: the framework floor (a session-only route,
// the overview page), each list's data endpoint (search or filter, next page) and a Chromium pass
// over the three lists (prefetches per view, typing to results, next page to rows).
// The last line printed is one JSON object with the headline figures.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { enableLocalAppRole } from "../db/app-role";
import { migrate } from "../db/migrate";
import { waitForOk } from "./lib/app-server";
import { ensureBuild } from "./lib/build";
import { onShutdownSignal, removeStaleDataDirs, runDirName, startFreshPostgres } from "./lib/database";
import { assertChromium, benchBrowser, type BrowserFigures, type ListPass } from "./bench/browser";
import { dataScenarios } from "./bench/data-endpoints";
import { sessionCosts } from "./bench/floor";
import { load, percentile, signIn } from "./bench/http";
import { loadBenchData } from "./bench/load-data";
import { benchService } from "./bench/service";
import { loadServiceRecords } from "./bench/service-load";
import { loadSlaRecords } from "./bench/sla-load";
import { loadPlanLedger } from "./bench/plan-load";
import { loadAgendaMonth } from "./bench/agenda-load";
import { benchAgendaMonth } from "./bench/agenda-browser";
import { loadDispatchWeek } from "./bench/dispatch-load";
import { benchDispatchWeek } from "./bench/dispatch-browser";
import { loadScopedActors } from "./bench/scoped";
import { benchSchedulesMonthInChild } from "./bench/schedules-month";

const PORT = Number(process.env.BENCH_PORT ?? 3700);
const BASE = `http://localhost:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const CONCURRENCY = 10;
const PASSWORD = "Bench-Password-2026";
const BROWSER_REPS = Number(process.env.BENCH_BROWSER_REPS ?? 5);
const AUTH_SECRET = randomBytes(32).toString("base64url");

/**
 * The three lists of issue 9. Service has no search box: it narrows by its status menu, and its
 * data endpoint is measured with that filter (reported under filter_ keys, search_ keys null).
 */
const LISTS: (ListPass & { prefix: string; narrowQuery: string })[] = [
  { key: "customers", prefix: "", path: "/customers", pageParam: "after", narrowQuery: "q=ist", narrow: { kind: "search", text: "ist", param: "q" } },
  {
    key: "contacts",
    prefix: "contacts_",
    path: "/contacts",
    pageParam: "cursor",
    narrowQuery: "q=ist",
    narrow: { kind: "search", text: "ist", param: "q" },
  },
  {
    key: "service",
    prefix: "service_",
    path: "/service",
    pageParam: "after",
    narrowQuery: "status=in_progress",
    narrow: { kind: "status", menu: "Status", option: "In progress", param: "status", value: "in_progress" },
  },
];

assertChromium();
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
  process.env.DATABASE_APP_URL = await enableLocalAppRole(database.url);
  const { signUp } = await import("../lib/auth/sign-up");
  const { loadOrgContext } = await import("../lib/orgs/load-org-context");
  const { listCustomers } = await import("../lib/customers/list-customers");
  const { getCustomer } = await import("../lib/customers/get-customer");
  const { listActivities } = await import("../lib/activity/list-activities");
  const { listContacts } = await import("../lib/contacts/list-contacts");
  const { listServiceRecords } = await import("../lib/service/list-service-records");
  const { getPlan } = await import("../lib/plans/get-plan");
  const { db, closeDb } = await import("../db/client");
  const { stopBoss } = await import("../lib/jobs/boss");
  const { sql } = await import("drizzle-orm");
  const { encodeCursor, feedCursor } = await import("../lib/db/keyset");

  const owner = await signUp({ name: "Bench Admin", email: "bench@bench.test", password: PASSWORD, orgName: "Bench Org" }, "en");
  const ctx = await loadOrgContext(owner.userId, owner.orgSlug);
  const loadStart = performance.now();
  const loadTimings = await loadBenchData(database.url, ctx.org.id, owner.userId);
  const serviceMs = await loadServiceRecords(database.url, ctx.org.id, owner.userId);
  const slaMs = await loadSlaRecords(database.url, ctx.org.id, owner.userId);
  const benchPlan = await loadPlanLedger(database.url, ctx.org.id, owner.userId);
  const agendaMonth = await loadAgendaMonth(database.url, ctx.org.id, owner.userId);
  const dispatchWeek = await loadDispatchWeek(database.url, ctx.org.id, owner.userId);
  const scopedActors = await loadScopedActors(database.url, ctx.org.id, PASSWORD);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  console.log(
    `Loaded 100,000 customers, 200,000 contacts, 1,000,000 activities, 20,000 service records, 50,000 SLA records, a plan with 2,000 ledger rows in ${loadSeconds.toFixed(1)} s`,
    {
      ...loadTimings,
      "service records": serviceMs,
      "SLA records": slaMs,
      "plan ledger": benchPlan.ms,
      "agenda month": agendaMonth.ms,
      "dispatch week": dispatchWeek.ms,
    },
  );

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

  // Paths under the org; a verb (the same work in-process) where the page has one main query.
  const scenarios: { key: string; path: string; verb?: () => Promise<unknown> }[] = [
    { key: "overview", path: "" },
    { key: "list_first", path: "/customers", verb: () => listCustomers(ctx, {}) },
    { key: "list_deep", path: `/customers?after=${listCursor}`, verb: () => listCustomers(ctx, { after: listCursor }) },
    { key: "list_sorted", path: "/customers?sort=name&dir=desc", verb: () => listCustomers(ctx, { sort: "name", dir: "desc" }) },
    { key: "search", path: "/customers?q=ist", verb: () => listCustomers(ctx, { q: "ist" }) },
    { key: "detail", path: `/customers/${someCustomer}`, verb: () => getCustomer(ctx, { id: someCustomer }) },
    { key: "feed_first", path: "/activities", verb: () => listActivities(ctx, {}) },
    { key: "feed_deep", path: `/activities?before=${deepCursor}`, verb: () => listActivities(ctx, { before: deepCursor }) },
    { key: "contacts_list_first", path: "/contacts", verb: () => listContacts(ctx, {}) },
    { key: "service_list_first", path: "/service", verb: () => listServiceRecords(ctx, {}) },
    // Issue 12: a plan page with 2,000 ledger rows over twelve periods.
    { key: "plan_page", path: `/plans/${benchPlan.planId}`, verb: () => getPlan(ctx, { id: benchPlan.planId }) },
  ];

  // The verbs alone: the SQL (and the little shaping around it) without HTTP or rendering.
  const sqlP95: Record<string, number> = {};
  for (const scenario of scenarios) {
    if (!scenario.verb) continue;
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await scenario.verb();
      times.push(performance.now() - start);
    }
    sqlP95[scenario.key] = percentile(times, 95);
  }

  // The cost of row-level security: the admin's list and search as the app role under the policies
  // (every statement framed with its org, db/org-bound.ts) against the same verb on the owner
  // connection, which bypasses them. Interleaved, so both see the same machine.
  const { tenant } = await import("../lib/db/tenant");
  const plainCtx = { ...ctx, t: tenant(ctx.org.id, db, ctx.t.scope) };
  const rlsTimes = { list: [] as number[], plainList: [] as number[], search: [] as number[], plainSearch: [] as number[] };
  const timed = async (into: number[], run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < 100; i++) {
    await timed(rlsTimes.list, () => listCustomers(ctx, {}));
    await timed(rlsTimes.plainList, () => listCustomers(plainCtx, {}));
    await timed(rlsTimes.search, () => listCustomers(ctx, { q: "ist" }));
    await timed(rlsTimes.plainSearch, () => listCustomers(plainCtx, { q: "ist" }));
  }
  const rlsKeys = {
    rls_list_p95_ms: Math.round(percentile(rlsTimes.list, 95) * 10) / 10,
    norls_list_p95_ms: Math.round(percentile(rlsTimes.plainList, 95) * 10) / 10,
    rls_list_over_plain: Math.round((percentile(rlsTimes.list, 95) / percentile(rlsTimes.plainList, 95)) * 100) / 100,
    rls_search_over_plain: Math.round((percentile(rlsTimes.search, 95) / percentile(rlsTimes.plainSearch, 95)) * 100) / 100,
  };
  console.log("row-level security", rlsKeys);

  // Issue 11: the service list with its time-left column (the cached SLA columns) against the same
  // list without them, interleaved on the same data; and the two SLA filters, which read the cache.
  const slaTimes = { list: [] as number[], plain: [] as number[], breached: [] as number[], breaching: [] as number[] };
  for (let i = 0; i < 100; i++) {
    await timed(slaTimes.list, () => listServiceRecords(ctx, {}));
    await timed(slaTimes.plain, () => listServiceRecords(ctx, {}, "en", { slaColumn: false }));
    await timed(slaTimes.breached, () => listServiceRecords(ctx, { sla: "breached" }));
    await timed(slaTimes.breaching, () => listServiceRecords(ctx, { sla: "breaching" }));
  }
  const slaKeys = {
    sla_list_p95_ms: Math.round(percentile(slaTimes.list, 95) * 10) / 10,
    sla_list_over_plain: Math.round((percentile(slaTimes.list, 95) / percentile(slaTimes.plain, 95)) * 100) / 100,
    sla_breached_p95_ms: Math.round(percentile(slaTimes.breached, 95) * 10) / 10,
    sla_breaching_p95_ms: Math.round(percentile(slaTimes.breaching, 95) * 10) / 10,
  };
  console.log("SLA time-left column", slaKeys);

  const inboundSecret = `whsec_${randomBytes(24).toString("base64")}`;
  child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      DATABASE_APP_URL: process.env.DATABASE_APP_URL,
      AUTH_SECRET,
      AUTH_URL: BASE,
      APP_URL: BASE,
      SERVIO_WORKERS: "off",
      INBOUND_WEBHOOK_SECRET: inboundSecret,
    },
  });
  const exited = new Promise((resolve) => child!.once("exit", resolve));
  await waitForOk(`${BASE}/api/health`, exited);
  const cookie = await signIn(BASE, "bench@bench.test", PASSWORD);

  // The floors: an empty route handler (the health check: one `select 1`, no session), what any
  // data route costs before its own work; and Auth.js's session route (decrypt, session-row lookup,
  // re-encrypt), no page.
  const urls = [
    { key: "floor_route", url: `${BASE}/api/health` },
    { key: "floor_session", url: `${BASE}/api/auth/session` },
    ...scenarios.map((s) => ({ key: s.key, url: `${BASE}/${owner.orgSlug}${s.path}` })),
  ];
  const missing: string[] = [];
  for (const list of LISTS) {
    const data = await dataScenarios(BASE, `/${owner.orgSlug}${list.path}`, list.narrowQuery, list.pageParam, cookie);
    if (data.missing !== undefined) missing.push(data.missing);
    else urls.push({ key: `${list.prefix}data_narrow`, url: data.search }, { key: `${list.prefix}data_next`, url: data.next });
  }

  const results: Record<string, { p50: number; p95: number; kb: number; rps: number }> = {};
  for (const { key, url } of urls) {
    // Warm-up: every worker process renders the page a few times before it is measured.
    await load(url, cookie, CONCURRENCY * 3, CONCURRENCY);
    const { samples, seconds } = await load(url, cookie, REQUESTS, CONCURRENCY);
    const ms = samples.map((s) => s.ms);
    results[key] = {
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      kb: samples.reduce((sum, s) => sum + s.bytes, 0) / samples.length / 1024,
      rps: samples.length / seconds,
    };
  }
  // Issue 10: the same customer list and search for a technician (500 authorised customers) and a
  // distributor's staff (a sub-tree of 20,000), as ratios to the admin's figures. The admin is
  // measured again beside them, in alternating rounds, so all three see the same server state (heap,
  // caches, what ran before) and a drift over the run does not land on one side of the ratio.
  const scopedKeys: Record<string, number> = {};
  const SCOPED_PATHS = [
    ["list_first", "/customers"],
    ["search", "/customers?q=ist"],
    ["data_narrow", "/customers/data?q=ist"],
  ] as const;
  const SCOPED_ROUNDS = 3;
  const sides = [{ key: "admin", cookie }];
  for (const actor of scopedActors) sides.push({ key: actor.key, cookie: await signIn(BASE, actor.email, PASSWORD) });
  const scopedSamples = new Map<string, number[]>();
  for (const [key, path] of SCOPED_PATHS) {
    const url = `${BASE}/${owner.orgSlug}${path}`;
    for (const side of sides) await load(url, side.cookie, CONCURRENCY * 3, CONCURRENCY);
    for (let round = 0; round < SCOPED_ROUNDS; round++) {
      for (const side of sides) {
        const { samples } = await load(url, side.cookie, Math.ceil(REQUESTS / SCOPED_ROUNDS), CONCURRENCY);
        const id = `${side.key}_${key}`;
        scopedSamples.set(id, [...(scopedSamples.get(id) ?? []), ...samples.map((s) => s.ms)]);
      }
    }
    const adminP95 = percentile(scopedSamples.get(`admin_${key}`)!, 95);
    scopedKeys[`admin_${key}_p95_ms`] = Math.round(adminP95 * 10) / 10;
    for (const actor of scopedActors) {
      const p95 = percentile(scopedSamples.get(`${actor.key}_${key}`)!, 95);
      scopedKeys[`${actor.key}_${key}_p95_ms`] = Math.round(p95 * 10) / 10;
      scopedKeys[`${actor.key}_${key}_over_admin`] = Math.round((p95 / adminP95) * 100) / 100;
    }
  }
  // The issue's headline keys: the list, and search as the worse of the searched page and the
  // data route that typing calls.
  for (const [actor, prefix] of [
    ["technician", "tech"],
    ["subtree", "subtree"],
  ] as const) {
    scopedKeys[`${prefix}_list_over_admin`] = scopedKeys[`${actor}_list_first_over_admin`]!;
    scopedKeys[`${prefix}_search_over_admin`] = Math.max(scopedKeys[`${actor}_search_over_admin`]!, scopedKeys[`${actor}_data_narrow_over_admin`]!);
  }
  console.log("scoped actors", scopedKeys);
  const service = await benchService(BASE, ctx, someCustomer, inboundSecret);
  const session = await sessionCosts(cookie, AUTH_SECRET);
  // Last, on a quiet server: one person in Chromium.
  const browserStart = performance.now();
  const browser = await benchBrowser(BASE, owner.orgSlug, cookie, LISTS, BROWSER_REPS);
  const browserSeconds = (performance.now() - browserStart) / 1000;
  // Issue 13: the Agenda's month view with 2,000 appointments, navigation to every event drawn.
  // A failure here is reported and leaves the key null: it must not cost the figures after it.
  const agenda = await benchAgendaMonth(BASE, owner.orgSlug, cookie, agendaMonth.count, BROWSER_REPS).catch((error: unknown) => {
    console.error(`agenda month: ${error instanceof Error ? error.message : String(error)}`);
    return { p50: null, p95: null };
  });
  console.log(`agenda month of ${agendaMonth.count} appointments in the browser: p50 ${agenda.p50} ms, p95 ${agenda.p95} ms`);
  // Issue 13: the dispatch board's week with 30 technicians and 600 planned records, navigation to every record drawn.
  const dispatch = await benchDispatchWeek(BASE, owner.orgSlug, cookie, dispatchWeek.count, BROWSER_REPS).catch((error: unknown) => {
    console.error(`dispatch week: ${error instanceof Error ? error.message : String(error)}`);
    return { p50: null, p95: null };
  });
  console.log(
    `dispatch week of ${dispatchWeek.technicians} technicians and ${dispatchWeek.count} records in the browser: p50 ${dispatch.p50} ms, p95 ${dispatch.p95} ms`,
  );
  await stopBoss();
  await closeDb();
  // Issue 12, after every page figure (its 5,000 records and e-mails would weigh on them): a month
  // of 5,000 maintenance schedules generated in an org of its own (scripts/bench/schedules-month.ts).
  const schedules = await benchSchedulesMonthInChild(database.url, process.env.DATABASE_APP_URL);
  console.log(
    `maintenance schedules: a month of ${schedules.schedules_month_records} records from 5,000 schedules in ${schedules.schedules_month_5000_s} s`,
  );
  console.log(
    `approval page ${service.approval_html_kb.toFixed(1)} KB HTML, p95 ${service.approval_p95_ms.toFixed(1)} ms; ` +
      `inbound webhook p50 ${service.webhook_p50_ms.toFixed(1)} ms, p95 ${service.webhook_p95_ms.toFixed(1)} ms (one client)`,
  );

  // The client-side navigation payload of the list (RSC), on top of its HTML.
  const rsc = await fetch(`${BASE}/${owner.orgSlug}/customers`, { headers: { cookie, rsc: "1" } });
  const rscKb = (await rsc.arrayBuffer()).byteLength / 1024;

  console.log("\nscenario               p50 ms   p95 ms   SQL p95 ms   HTML KB   req/s");
  for (const [key, r] of Object.entries(results)) {
    const sqlMs = sqlP95[key] === undefined ? "-" : sqlP95[key].toFixed(1);
    console.log(
      `${key.padEnd(22)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(8)} ${sqlMs.padStart(12)} ${r.kb.toFixed(1).padStart(9)} ${r.rps.toFixed(1).padStart(7)}`,
    );
  }
  console.log(`list RSC payload ${rscKb.toFixed(1)} KB; data load ${loadSeconds.toFixed(1)} s`);
  console.log(
    `session floor in-process (median): decrypt ${session.decode_ms.toFixed(2)} ms, session-row lookup ${session.lookup_ms.toFixed(2)} ms, ` +
      `re-encrypt ${session.encode_ms.toFixed(2)} ms (/api/auth/session does all three; app pages the first two)`,
  );
  for (const line of missing) console.log(`not measured: ${line}`);
  for (const line of Object.values(browser).flatMap((f) => f.failures)) console.log(`browser step failed: ${line}`);
  for (const [key, f] of Object.entries(browser)) {
    const top = Object.entries(f.prefetched).sort((a, b) => b[1] - a[1]);
    console.log(`${key} prefetched (all views): ${top.map(([path, n]) => `${path} ×${n}`).join(", ") || "nothing"}`);
  }

  const round = (n: number) => Math.round(n * 10) / 10;
  const p95Of = (key: string) => (results[key] ? round(results[key].p95) : null);
  const listKeys = (list: (typeof LISTS)[number], figures: BrowserFigures) => {
    const search = list.narrow.kind === "search";
    const first = results[`${list.prefix || ""}list_first`]!.p95;
    return {
      [`${list.prefix}list_first_p95_ms`]: round(first),
      [`${list.prefix}search_interaction_p95_ms`]: search ? p95Of(`${list.prefix}data_narrow`) : null,
      ...(search ? {} : { [`${list.prefix}filter_interaction_p95_ms`]: p95Of(`${list.prefix}data_narrow`) }),
      [`${list.prefix}next_interaction_p95_ms`]: p95Of(`${list.prefix}data_next`),
      [`${list.prefix}list_over_floor`]: round(first / results.overview!.p95),
      [`${list.prefix}prefetches_per_view`]: figures.prefetches_per_view,
      [`${list.prefix}prefetched_pages_per_view`]: figures.prefetched_pages_per_view,
      [`${list.prefix}typing_to_results_ms`]: search && figures.typing_to_results_ms !== null ? round(figures.typing_to_results_ms) : null,
      ...(search ? {} : { [`${list.prefix}filter_to_rows_ms`]: figures.typing_to_results_ms === null ? null : round(figures.typing_to_results_ms) }),
      [`${list.prefix}next_to_rows_ms`]: figures.next_to_rows_ms === null ? null : round(figures.next_to_rows_ms),
    };
  };
  const ms = (n: number | null) => (n === null ? "-" : n.toFixed(0));
  console.log(`\nbrowser pass (${BROWSER_REPS} views each, ${browserSeconds.toFixed(0)} s)  list page p95 / overview p95 / data p95: narrow, next`);
  console.log(
    "list        page p95  ÷floor  narrow p95  next p95  prefetch req/view max (mean, pages, rows)  narrow→rows p50 (p95)  next→rows p50 (p95)",
  );
  for (const list of LISTS) {
    const f = browser[list.key]!;
    const first = results[`${list.prefix}list_first`]!.p95;
    const narrowMs = results[`${list.prefix}data_narrow`]?.p95 ?? null;
    const nextMs = results[`${list.prefix}data_next`]?.p95 ?? null;
    console.log(
      `${list.key.padEnd(10)} ${first.toFixed(1).padStart(9)} ${(first / results.overview!.p95).toFixed(2).padStart(7)} ${ms(narrowMs).padStart(11)} ${ms(nextMs).padStart(9)}` +
        `  ${`${f.prefetches_per_view} (${f.prefetches_mean.toFixed(1)}, ${f.prefetched_pages_per_view}, ${f.row_prefetches_per_view})`.padStart(41)}` +
        `  ${`${ms(f.typing_to_results_ms)} (${ms(f.typing_to_results_p95_ms)}) ${f.narrow_kind === "search" ? "typed" : "ticked"}`.padStart(21)}` +
        `  ${`${ms(f.next_to_rows_ms)} (${ms(f.next_to_rows_p95_ms)})`.padStart(19)}`,
    );
  }
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
      floor_route_p95_ms: p95Of("floor_route"),
      floor_session_p95_ms: p95Of("floor_session"),
      overview_p95_ms: p95Of("overview"),
      plan_page_p95_ms: p95Of("plan_page"),
      agenda_month_2000_ms: agenda.p50,
      agenda_month_2000_p95_ms: agenda.p95,
      dispatch_week_30x600_ms: dispatch.p50,
      dispatch_week_30x600_p95_ms: dispatch.p95,
      ...Object.assign({}, ...LISTS.map((list) => listKeys(list, browser[list.key]!))),
      ...scopedKeys,
      ...rlsKeys,
      ...slaKeys,
      schedules_month_5000_s: schedules.schedules_month_5000_s,
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
