import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { orgs } from "@/db/schema";
import { testClockEnabled } from "./test-clock";

/**
 * The e2e server's fault switch (issue 11: "a job that throws is retried, then dead-lettered,
 * then retried from the admin page and succeeds", seen in the browser). A spec switches a queue's
 * org job to fail, for one org or every org, and the runner (lib/jobs/start-queues.ts) throws
 * before the job's effect while the switch is on. Like the test clock, the switches are rows in the
 * servio_test schema, which every process of the server reads, and they exist only where
 * SERVIO_TEST_CLOCK=1 (scripts/e2e-server.ts): elsewhere the route answers 404 and the runner
 * never reads them.
 */
export class InjectedFailure extends Error {
  constructor(job: string) {
    super(`Injected failure (test server): ${job}`);
    this.name = "InjectedFailure";
  }
}

/** Same switch as the test clock: only the e2e server has either. */
export const testFaultsEnabled = testClockEnabled;

/** "Every org" in the table's key (a primary key cannot hold null). */
const ANY_ORG = "";

async function ensureTable() {
  await db.execute(sql`create schema if not exists servio_test`);
  await db.execute(sql`create table if not exists servio_test.faults (job text not null, org_id text not null, primary key (job, org_id))`);
}

/** The org id of a slug, or null when no org has it. */
export async function orgIdOfSlug(slug: string) {
  const [row] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.slug, slug));
  return row?.id ?? null;
}

/** Switches `job` to fail (for `orgId`, or every org when null), or back to normal. */
export async function setTestFault({ job, orgId, fail }: { job: string; orgId: string | null; fail: boolean }) {
  await ensureTable();
  const org = orgId ?? ANY_ORG;
  if (fail) await db.execute(sql`insert into servio_test.faults (job, org_id) values (${job}, ${org}) on conflict do nothing`);
  else await db.execute(sql`delete from servio_test.faults where job = ${job} and org_id = ${org}`);
}

/** Throws InjectedFailure when `job` is switched to fail for this org or every org; a no-op elsewhere. */
export async function throwIfFaultInjected(job: string, orgId: string) {
  if (!testFaultsEnabled()) return;
  const rows = await db
    .execute<{ job: string }>(sql`select job from servio_test.faults where job = ${job} and org_id in (${orgId}, ${ANY_ORG}) limit 1`)
    // No schema or table yet: no switch was ever set.
    .catch(() => []);
  if ([...rows].length > 0) throw new InjectedFailure(job);
}
