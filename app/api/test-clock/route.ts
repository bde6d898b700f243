import { z } from "zod";
import { now } from "@/lib/clock";
import { runSweepsNow } from "@/lib/jobs/run-sweeps-now";
import { moveTestClock, testClockEnabled } from "@/lib/system/test-clock";

// The e2e server's clock (lib/system/test-clock.ts). Without SERVIO_TEST_CLOCK=1 — every server but
// the e2e one — the route answers 404 like any path that does not exist.

const moveSchema = z.object({ to: z.iso.datetime({ offset: true }).nullable() });

const absent = () => new Response("Not Found", { status: 404 });

export async function GET() {
  if (!testClockEnabled()) return absent();
  return Response.json({ now: now().toISOString() });
}

/** `{ "to": "2027-01-25T09:00:00Z" }` moves every process's "now" there (it keeps running) and runs the sweeps; `null` restores the real clock. */
export async function POST(request: Request) {
  if (!testClockEnabled()) return absent();
  const parsed = moveSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "validation" }, { status: 400 });
  await moveTestClock(parsed.data.to ? new Date(parsed.data.to) : null);
  // What the move made due is found now, not at the sweeps' next minute.
  await runSweepsNow();
  return Response.json({ now: now().toISOString() });
}
