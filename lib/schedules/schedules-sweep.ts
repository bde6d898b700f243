import "server-only";
import { now } from "@/lib/clock";
import { defineSweep } from "@/lib/jobs/define-job";
import { findDueSchedules } from "@/lib/jobs/find-due-schedules";
import { generateOccurrencesJob, generateOccurrencesKey } from "./generate-occurrences";

/** Every minute: each schedule with a record due becomes one org job (lib/README.md, "Jobs"). */
export const schedulesSweep = defineSweep({
  name: "schedules-sweep",
  run: async (enqueue) => {
    for (const { orgId, scheduleId, dueAt } of await findDueSchedules(now())) {
      await enqueue(generateOccurrencesJob, orgId, { scheduleId }, generateOccurrencesKey(scheduleId, dueAt!));
    }
  },
});
