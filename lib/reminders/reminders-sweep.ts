import "server-only";
import { now } from "@/lib/clock";
import { defineSweep } from "@/lib/jobs/define-job";
import { findDueReminders } from "@/lib/jobs/find-due-reminders";
import { reminderAlertsJob } from "./send-reminder-alerts";

/** Every minute: one job per reminder with an alert due (the e-mail a day before, or the due time itself). */
export const remindersSweep = defineSweep({
  name: "reminders-sweep",
  run: async (enqueue) => {
    for (const { orgId, reminderId, nextAlertAt } of await findDueReminders(now())) {
      // The singleton key names the alert's instant: the e-mail's job and the due time's are two jobs.
      await enqueue(reminderAlertsJob, orgId, { reminderId }, `reminder:${reminderId}:${nextAlertAt!.toISOString()}`);
    }
  },
});
