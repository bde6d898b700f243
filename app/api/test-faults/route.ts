import { z } from "zod";
import { ORG_JOBS } from "@/lib/jobs/registry";
import { orgIdOfSlug, setTestFault, testFaultsEnabled } from "@/lib/system/test-faults";

// The e2e server's fault switch (lib/system/test-faults.ts). Without SERVIO_TEST_CLOCK=1 — every
// server but the e2e one — the route answers 404 like any path that does not exist.

const QUEUE_NAMES = ORG_JOBS.map((job) => job.name) as [string, ...string[]];
const switchSchema = z.object({ job: z.enum(QUEUE_NAMES), org: z.string().min(1).max(200).optional(), fail: z.boolean() });

const absent = () => new Response("Not Found", { status: 404 });

/** `{ "job": "contract-milestone", "org": "<slug>", "fail": true }`: that org's runs of the job throw before their effect (no `org`: every org's); `fail: false` switches it back. */
export async function POST(request: Request) {
  if (!testFaultsEnabled()) return absent();
  const parsed = switchSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "validation" }, { status: 400 });
  const { job, org, fail } = parsed.data;
  const orgId = org === undefined ? null : await orgIdOfSlug(org);
  if (org !== undefined && !orgId) return Response.json({ error: "org" }, { status: 404 });
  await setTestFault({ job, orgId, fail });
  return Response.json({ job, org: org ?? null, fail });
}
