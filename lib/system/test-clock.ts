import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { setClockOffset } from "@/lib/clock";

/**
 * The e2e server's movable clock (issue 11: e2e moves time across contract milestones and SLA
 * deadlines). Production serves with a worker process per core (scripts/serve.mjs), so the offset
 * lives in one row every process reads: each polls it every POLL_MS, and the route answers only
 * after two polls, when every process has the new time. The row is in a schema of its own, made by
 * the first move, so the app's schema (and its row-level security catalogue) never has it.
 *
 * Enabled by SERVIO_TEST_CLOCK=1, which only scripts/e2e-server.ts sets; `npm start` removes it
 * (scripts/start.ts), so a production server has neither the route nor the poll.
 */
export const POLL_MS = 200;

export function testClockEnabled() {
  return process.env.SERVIO_TEST_CLOCK === "1";
}

async function readOffset(): Promise<number> {
  const [row] = await db.execute<{ offset_ms: string }>(sql`select offset_ms from servio_test.clock where id = 1`);
  return row ? Number(row.offset_ms) : 0;
}

/** Sets every process's clock to `to` (or back to the real clock with `null`); resolves once all follow. */
export async function moveTestClock(to: Date | null) {
  // From the machine clock: the offset is what now() (lib/clock.ts) adds to it.
  const offset = to ? to.getTime() - Date.now() : 0;
  await db.execute(sql`create schema if not exists servio_test`);
  await db.execute(sql`create table if not exists servio_test.clock (id int primary key, offset_ms bigint not null)`);
  await db.execute(
    sql`insert into servio_test.clock (id, offset_ms) values (1, ${offset}) on conflict (id) do update set offset_ms = excluded.offset_ms`,
  );
  setClockOffset(offset);
  await new Promise((resolve) => setTimeout(resolve, 2 * POLL_MS));
}

/** Started by instrumentation.ts in each process of the e2e server. */
export function followTestClock() {
  const timer = setInterval(() => {
    readOffset()
      .then(setClockOffset)
      // No row or schema yet: the clock was never moved.
      .catch(() => setClockOffset(0));
  }, POLL_MS);
  timer.unref();
}
