import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, jobFailures, maintenanceSchedules, picklistItems, scheduleOccurrences, serviceRecords } from "@/db/schema";
import { setClock } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { createCustomer } from "@/lib/customers/create-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { SweepEnqueue } from "@/lib/jobs/define-job";
import { systemContext } from "@/lib/jobs/system-context";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { generateOccurrencesJob } from "@/lib/schedules/generate-occurrences";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { schedulesSweep } from "@/lib/schedules/schedules-sweep";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 12: deleting a schedule (Manage; the records it filed stay) and a failing schedule backing
// off instead of being queued again by every minute's sweep.

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let tech: Awaited<ReturnType<typeof addMember>>;
let serviceTypeId: string;

/** The schedule ids the sweep at `at` would queue, without running them. */
async function queuedAt(at: string) {
  setClock(new Date(at));
  const queued: string[] = [];
  const enqueue: SweepEnqueue = async (_job, _orgId, data) => void queued.push((data as { scheduleId: string }).scheduleId);
  await schedulesSweep.run(enqueue);
  return queued;
}

async function picklistId(org: Org, list: string, key: string) {
  const [row] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, list), eq(picklistItems.key, key)));
  return row!.id;
}

async function schedule(ctx: OrgContext, name: string) {
  const customerId = (await createCustomer(ctx, { name, type: "customer", status: "active", contact: { name: "Ayşe" } })).id;
  const { id } = await createSchedule(ctx, {
    customerId,
    title: "Klima bakımı",
    kind: "monthly_day",
    day: "10",
    interval: "1",
    firstDate: "2027-01-10",
    leadDays: "3",
    technicianIds: [tech.userId],
    serviceTypeId,
  });
  return { id, customerId };
}

beforeAll(async () => {
  setClock(new Date("2027-01-01T09:00:00Z"));
  a = await createOrg("Schedule Delete A");
  b = await createOrg("Schedule Delete B");
  tech = await addMember(a, "contribute");
  serviceTypeId = await picklistId(a, "service_type", "scheduled_service");
});
afterEach(() => setClock(null));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("deleting a schedule", () => {
  it("needs Manage, refuses a stale version and another org, keeps the filed records and writes the feed row", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const { id, customerId } = await schedule(a.ctx, "Silinecek Ltd");
    await generateOccurrencesJob.run(await systemContext(a.orgId, generateOccurrencesJob.name), { scheduleId: id });
    setClock(new Date("2027-01-07T12:00:00Z"));
    await generateOccurrencesJob.run(await systemContext(a.orgId, generateOccurrencesJob.name), { scheduleId: id });
    const records = await db.select({ id: serviceRecords.id }).from(serviceRecords).where(eq(serviceRecords.customerId, customerId));
    expect(records).toHaveLength(1);
    const { version } = (await getSchedule(a.ctx, { id })).schedule;

    const editor = await addMember(a, "edit");
    await caught(deleteSchedule(editor.ctx, { id, version }), ForbiddenError);
    await caught(deleteSchedule(b.ctx, { id, version }), NotFoundError);
    await caught(deleteSchedule(a.ctx, { id, version: version + 1 }), ConflictError);
    const manager = await addMember(a, "manage");
    await deleteSchedule(manager.ctx, { id, version });

    await caught(getSchedule(a.ctx, { id }), NotFoundError);
    expect(await db.select().from(scheduleOccurrences).where(eq(scheduleOccurrences.scheduleId, id))).toHaveLength(0);
    // The visit it filed is still there, and a job still queued for it does nothing.
    expect(await db.select({ id: serviceRecords.id }).from(serviceRecords).where(eq(serviceRecords.customerId, customerId))).toEqual(records);
    await generateOccurrencesJob.run(await systemContext(a.orgId, generateOccurrencesJob.name), { scheduleId: id });
    const feed = await db
      .select({ summary: activities.summary, actorId: activities.actorId })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.kind, "schedule.deleted"), eq(activities.entityId, id)));
    expect(feed).toEqual([{ summary: "Klima bakımı", actorId: manager.userId }]);
  });
});

describe("a failing schedule backs off", () => {
  it("is not queued again while its job retries, nor while its dead letter is open; Retry lets the sweep find it again", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const failing = await schedule(a.ctx, "Bozuk Tür AŞ");
    const healthy = await schedule(a.ctx, "Sağlam AŞ");
    // A service type that is no service type: every run fails filing the record (a field error).
    const notAType = await picklistId(a, "contract_type", "maintenance");
    await db.update(maintenanceSchedules).set({ serviceTypeId: notAType }).where(eq(maintenanceSchedules.id, failing.id));

    expect((await queuedAt("2027-01-07T12:00:00Z")).filter((id) => id === failing.id || id === healthy.id).sort()).toEqual(
      [failing.id, healthy.id].sort(),
    );
    const ctx = await systemContext(a.orgId, generateOccurrencesJob.name);
    await caught(generateOccurrencesJob.run(ctx, { scheduleId: failing.id }), ValidationError);
    await generateOccurrencesJob.run(ctx, { scheduleId: healthy.id });
    // Nothing was filed for it, and the next minutes' sweeps leave it to pg-boss's retries.
    expect(await db.select().from(scheduleOccurrences).where(eq(scheduleOccurrences.scheduleId, failing.id))).toHaveLength(0);
    expect(await queuedAt("2027-01-07T12:01:00Z")).not.toContain(failing.id);
    expect(await queuedAt("2027-01-07T12:50:00Z")).not.toContain(failing.id);

    // The last retry failed: the dead letter is written, and the sweep stays away an hour later too.
    const [failure] = await db
      .insert(jobFailures)
      .values({
        orgId: a.orgId,
        queue: generateOccurrencesJob.name,
        jobId: crypto.randomUUID(),
        data: { orgId: a.orgId, scheduleId: failing.id },
        lastError: "ValidationError",
        attempts: 6,
      })
      .returning({ id: jobFailures.id });
    expect(await queuedAt("2027-01-07T14:00:00Z")).not.toContain(failing.id);
    // An admin's Retry marks the row: from then on the sweep finds the schedule again.
    await db
      .update(jobFailures)
      .set({ retriedAt: new Date("2027-01-07T14:05:00Z") })
      .where(eq(jobFailures.id, failure!.id));
    expect(await queuedAt("2027-01-07T14:06:00Z")).toContain(failing.id);
    // Once fixed, it catches up like after downtime: the visit of the 10th is still to come.
    await db.update(maintenanceSchedules).set({ serviceTypeId }).where(eq(maintenanceSchedules.id, failing.id));
    await generateOccurrencesJob.run(ctx, { scheduleId: failing.id });
    expect(
      await db.select({ state: scheduleOccurrences.state }).from(scheduleOccurrences).where(eq(scheduleOccurrences.scheduleId, failing.id)),
    ).toEqual([{ state: "created" }]);
  });
});
