import "server-only";
import { now } from "@/lib/clock";
import { defineSweep } from "@/lib/jobs/define-job";
import { findDueAppointmentEmails } from "@/lib/jobs/find-due-appointment-emails";
import { appointmentEmailsJob } from "./send-appointment-emails";

/** Every minute: one job per appointment with an attendee e-mail due; the job sends each once. */
export const appointmentEmailsSweep = defineSweep({
  name: "appointment-emails-sweep",
  run: async (enqueue) => {
    const at = now();
    // The singleton key names the sweep's minute: the on-day e-mail after the day-before one is
    // found when its instant comes, or at once after the test clock jumps.
    const minute = at.toISOString().slice(0, 16);
    for (const { orgId, appointmentId } of await findDueAppointmentEmails(at))
      await enqueue(appointmentEmailsJob, orgId, { appointmentId }, `appointment-email:${appointmentId}:${minute}`);
  },
});
