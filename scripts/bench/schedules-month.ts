import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import type { BusinessCalendar } from "../../lib/calendars/schemas";

// Issue 12 (bench key `schedules_month_5000_s`): `count` maintenance schedules in the bench org,
// loaded in SQL like the other bench data, then one month of their occurrences generated the way
// production does it — the sweep every day of the month, each schedule's job run under its org's
// system context, one at a time like the single pg-boss worker — with the clock moved (lib/clock.ts).
// Every schedule is monthly (on a day, on the nth weekday, or on the last working day), with 0–4
// lead days and the bench user as technician, so the month files `count` records with their
// assignment e-mails. Run directly, it starts a database of its own and prints the figure.

/** The month generated: March 2027 (occurrences whose records fall due from late February on). */
const MONTH = { first: "2027-03-01", last: "2027-03-31", settled: "2027-02-28" };
const DAYS = ["MO", "TU", "WE", "TH", "FR"];

function ruleOf(i: number) {
  if (i % 3 === 0) return { rrule: `FREQ=MONTHLY;BYMONTHDAY=${1 + (i % 28)}`, holidayMove: "next" as const };
  if (i % 3 === 1) return { rrule: `FREQ=MONTHLY;BYDAY=+${1 + (i % 4)}${DAYS[i % 5]}`, holidayMove: "next" as const };
  return { rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", holidayMove: "previous" as const };
}

/** Loads the schedules (SQL), then times the month. Needs DATABASE_URL / DATABASE_APP_URL set for the app modules. */
export async function benchSchedulesMonth(url: string, orgId: string, userId: string, count = 5000) {
  const { nextDueInstant } = await import("../../lib/schedules/occurrences");
  const { setClock } = await import("../../lib/clock");
  const { schedulesSweep } = await import("../../lib/schedules/schedules-sweep");
  const { systemContext } = await import("../../lib/jobs/system-context");
  const { instantAt, parseCivilDate, addCivilDays, formatCivilDate } = await import("../../lib/calendars/civil-date");

  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const loadStarted = performance.now();
  let records = 0;
  try {
    const [org] = await sql<{ timeZone: string }[]>`select time_zone as "timeZone" from orgs where id = ${orgId}`;
    const timeZone = org!.timeZone;
    const [calendarRow] = await sql<
      { id: string; timeZone: string; week: BusinessCalendar["hours"]; holidays: BusinessCalendar["holidays"]; country: string | null }[]
    >`
      select id, time_zone as "timeZone", week, holidays, country from business_calendars where org_id = ${orgId} order by is_default desc limit 1`;
    const calendar: BusinessCalendar | null = calendarRow
      ? {
          timeZone: calendarRow.timeZone,
          hours: calendarRow.week,
          holidays: calendarRow.holidays,
          country: calendarRow.country === "TR" || calendarRow.country === "RO" ? calendarRow.country : null,
        }
      : null;
    const [type] = await sql<{ id: string }[]>`
      select id from picklist_items where org_id = ${orgId} and list = 'service_type' and key = 'scheduled_service'`;
    const customers = await sql<{ id: string }[]>`select id from customers where org_id = ${orgId} order by id limit ${count}`;
    if (!customers.length) throw new Error("the bench org has no customers");
    const rows = Array.from({ length: count }, (_, i) => {
      const { rrule, holidayMove } = ruleOf(i);
      const leadDays = i % 5;
      const rule = { rrule, holidayMove, leadDays, firstDate: MONTH.first, untilDate: null, count: null };
      const due = nextDueInstant(rule, calendar, MONTH.settled, timeZone);
      return {
        org_id: orgId,
        customer_id: customers[i % customers.length]!.id,
        title: `Bakım ${i + 1}`,
        rrule,
        holiday_move: holidayMove,
        first_date: MONTH.first,
        lead_days: leadDays,
        service_type_id: type!.id,
        calendar_id: calendarRow?.id ?? null,
        settled_through: MONTH.settled,
        next_due_at: due === null ? null : new Date(due),
        created_by_id: userId,
      };
    });
    for (let i = 0; i < rows.length; i += 1000) {
      const ids = await sql<{ id: string }[]>`insert into maintenance_schedules ${sql(rows.slice(i, i + 1000))} returning id`;
      await sql`insert into schedule_technicians ${sql(ids.map(({ id }) => ({ org_id: orgId, schedule_id: id, user_id: userId })))}`;
    }
    await sql`analyze maintenance_schedules`;
    const loadMs = Math.round(performance.now() - loadStarted);

    // Every day from a week before the month (lead days) to its end, just after midnight in the org's zone.
    const started = performance.now();
    for (let day = addCivilDays(parseCivilDate(MONTH.first), -7); formatCivilDate(day) <= MONTH.last; day = addCivilDays(day, 1)) {
      setClock(new Date(instantAt(day, 5, timeZone)));
      // A sweep takes a batch; a day with more due runs it again until none is left.
      for (let ran = 1; ran > 0;) {
        ran = 0;
        await schedulesSweep.run(async (job, jobOrgId, data) => {
          await job.run(await systemContext(jobOrgId, job.name), data);
          ran++;
        });
      }
    }
    setClock(null);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const [made] = await sql<{ n: number }[]>`
      select count(*)::int as n from schedule_occurrences where org_id = ${orgId} and state = 'created'
        and occurrence_date between ${MONTH.first} and ${MONTH.last}`;
    records = made!.n;
    return { schedules_load_ms: loadMs, schedules_month_5000_s: seconds, schedules_month_records: records };
  } finally {
    await sql.end();
  }
}

/**
 * scripts/bench.ts's step: this file in a child process against the bench's database (see main).
 * Resolves with the figures of its last line.
 */
export async function benchSchedulesMonthInChild(ownerUrl: string, appUrl: string | undefined): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/bench/schedules-month.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", BENCH_SCHEDULES_DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl ?? "" },
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const last = out.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !last.startsWith("{")) throw new Error(`the schedules bench exited with ${code}: ${out.slice(-2000)}`);
  return JSON.parse(last) as Record<string, number>;
}

/**
 * Run on its own: a fresh database, an org with `count / 5` customers, the figure on stdout (the
 * last line, JSON). With BENCH_SCHEDULES_DATABASE_URL (and DATABASE_APP_URL) set, as scripts/bench.ts
 * runs it, it uses that migrated database instead, in an org of its own so the other figures'
 * data is not touched. A child process of its own, with NODE_ENV=production, renders the
 * assignment e-mails with React's production build, as the server's worker does.
 */
async function main() {
  const count = Number(process.env.SCHEDULES ?? 5000);
  const { migrate } = await import("../../db/migrate");
  const { enableLocalAppRole } = await import("../../db/app-role");
  const { runDirName, startFreshPostgres } = await import("../lib/database");
  const given = process.env.BENCH_SCHEDULES_DATABASE_URL;
  const database = given
    ? { url: given, stop: async () => {} }
    : await startFreshPostgres({ name: runDirName("bench-schedules"), database: "servio_bench_schedules" });
  try {
    process.env.DATABASE_URL = database.url;
    if (!given) await migrate(database.url);
    if (!given || !process.env.DATABASE_APP_URL) process.env.DATABASE_APP_URL = await enableLocalAppRole(database.url);
    const { signUp } = await import("../../lib/auth/sign-up");
    const created = await signUp(
      { name: "Bench", email: `bench-${Date.now()}@example.test`, password: "Bench-Schedules-2026", orgName: "Bench Schedules" },
      "tr",
    );
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [org] = await sql<{ id: string }[]>`select id from orgs where slug = ${created.orgSlug}`;
    await sql`
      insert into customers (org_id, name, type, status)
      select ${org!.id}, 'Müşteri ' || g, 'customer', 'active' from generate_series(1, ${Math.max(1, Math.round(count / 5))}) g`;
    await sql.end();
    console.log(JSON.stringify(await benchSchedulesMonth(database.url, org!.id, created.userId, count)));
  } finally {
    const { closeDb } = await import("../../db/client");
    const { stopBoss } = await import("../../lib/jobs/boss");
    await stopBoss();
    await closeDb();
    await database.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
