import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/test-faults/route";
import { db } from "@/db/client";
import { jobFailures } from "@/db/schema";
import { getBoss } from "@/lib/jobs/boss";
import { defineOrgJob } from "@/lib/jobs/define-job";
import { retryJobFailure } from "@/lib/jobs/retry-job-failure";
import { startQueues } from "@/lib/jobs/start-queues";
import { setTestFault } from "@/lib/system/test-faults";
import { createOrg } from "./factories";
import { closeConnections } from "./helpers";

// The e2e server's fault switch (lib/system/test-faults.ts): absent without SERVIO_TEST_CLOCK=1;
// on, the runner throws before the job's effect until the switch is off again.

const runs = new Map<string, number>();
const job = defineOrgJob<{ item: string }>({
  name: `test-faulty-${randomUUID().slice(0, 8)}`,
  retryLimit: 1,
  retryDelay: 1,
  retryBackoff: false,
  run: async (_ctx, { item }) => void runs.set(item, (runs.get(item) ?? 0) + 1),
});

const post = (body: unknown) =>
  POST(
    new Request("http://localhost/api/test-faults", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  );

let org: Awaited<ReturnType<typeof createOrg>>;

beforeAll(async () => {
  process.env.JOBS_POLLING_SECONDS = "0.5";
  org = await createOrg("Faults Org");
  await startQueues(await getBoss(), [job as never], []);
});
afterEach(async () => {
  if (process.env.SERVIO_TEST_CLOCK === "1") await setTestFault({ job: job.name, orgId: null, fail: false });
  delete process.env.SERVIO_TEST_CLOCK;
});
afterAll(closeConnections);

async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const stateOf = async (id: string) => (await db.execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`))[0]?.state;
const failureOf = async (item: string) =>
  (
    await db
      .select()
      .from(jobFailures)
      .where(and(eq(jobFailures.orgId, org.orgId), sql`${jobFailures.data}->>'item' = ${item}`))
  )[0];

describe("the test fault switch", () => {
  it("is absent without SERVIO_TEST_CLOCK=1, and a job runs as usual", async () => {
    expect((await post({ job: "contract-milestone", fail: true })).status).toBe(404);
    process.env.SERVIO_TEST_CLOCK = "";
    expect((await post({ job: "contract-milestone", fail: true })).status).toBe(404);

    // A switch left in the table is never read by a server without the flag.
    process.env.SERVIO_TEST_CLOCK = "1";
    await setTestFault({ job: job.name, orgId: null, fail: true });
    delete process.env.SERVIO_TEST_CLOCK;
    const item = randomUUID();
    const id = (await (await getBoss()).send(job.name, { orgId: org.orgId, item }))!;
    await waitFor(async () => (await stateOf(id)) === "completed");
    expect(runs.get(item)).toBe(1);
    process.env.SERVIO_TEST_CLOCK = "1";
  });

  it("takes only the app's queues and known orgs", async () => {
    process.env.SERVIO_TEST_CLOCK = "1";
    expect((await post({ job: "no-such-queue", fail: true })).status).toBe(400);
    expect((await post({ job: "contract-milestone", fail: "yes" })).status).toBe(400);
    expect((await post({ job: "contract-milestone", org: "no-such-org", fail: true })).status).toBe(404);
    const on = await post({ job: "contract-milestone", org: org.orgSlug, fail: true });
    expect(on.status).toBe(200);
    expect(await on.json()).toEqual({ job: "contract-milestone", org: org.orgSlug, fail: true });
    expect((await post({ job: "contract-milestone", org: org.orgSlug, fail: false })).status).toBe(200);
  });

  it("fails every attempt of the org's job before its effect, into a dead letter; off, the admin's retry succeeds", async () => {
    process.env.SERVIO_TEST_CLOCK = "1";
    await setTestFault({ job: job.name, orgId: org.orgId, fail: true });
    const item = randomUUID();
    const id = (await (await getBoss()).send(job.name, { orgId: org.orgId, item }))!;
    const failure = await waitFor(() => failureOf(item));
    expect(failure.lastError).toBe(`InjectedFailure: Injected failure (test server): ${job.name}`);
    expect(failure.attempts).toBe(2);
    // The dead letter is written inside the last attempt, before pg-boss marks the job failed.
    await waitFor(async () => (await stateOf(id)) === "failed");
    expect(runs.get(item)).toBeUndefined();

    // Another org's runs are not touched.
    const other = await createOrg("Unfaulted Org");
    const otherItem = randomUUID();
    const otherId = (await (await getBoss()).send(job.name, { orgId: other.orgId, item: otherItem }))!;
    await waitFor(async () => (await stateOf(otherId)) === "completed");
    expect(runs.get(otherItem)).toBe(1);

    await setTestFault({ job: job.name, orgId: org.orgId, fail: false });
    const retried = await retryJobFailure(org.ctx, { id: failure.id });
    await waitFor(async () => (await stateOf(retried.jobId!)) === "completed");
    expect(runs.get(item)).toBe(1);
  });
});
