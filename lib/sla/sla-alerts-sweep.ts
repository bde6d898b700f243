import "server-only";
import { now } from "@/lib/clock";
import { defineSweep } from "@/lib/jobs/define-job";
import { findDueSlaRecords } from "@/lib/jobs/find-due-sla-records";
import { slaAlertsJob } from "./send-sla-alerts";

/** Every minute: one job per record whose SLA or OLA clock has an alert due; the job sends each alert once. */
export const slaAlertsSweep = defineSweep({
  name: "sla-alerts-sweep",
  run: async (enqueue) => {
    const at = now();
    // The singleton key names the sweep's minute: a record's next alert (a breach after its
    // warning) is found when its instant comes, or at once after the test clock jumps.
    const minute = at.toISOString().slice(0, 16);
    for (const { orgId, recordId } of await findDueSlaRecords(at)) await enqueue(slaAlertsJob, orgId, { recordId }, `sla:${recordId}:${minute}`);
  },
});
