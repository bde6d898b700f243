import "server-only";
import { appointmentEmailsSweep } from "@/lib/appointments/appointment-emails-sweep";
import { appointmentEmailsJob } from "@/lib/appointments/send-appointment-emails";
import { contractMilestonesSweep } from "@/lib/contracts/contract-milestones-sweep";
import { contractMilestoneJob } from "@/lib/contracts/notify-contract-milestone";
import { contractRenewalJob } from "@/lib/contracts/renew-contract-on-end";
import { reminderAlertsJob } from "@/lib/reminders/send-reminder-alerts";
import { remindersSweep } from "@/lib/reminders/reminders-sweep";
import { generateOccurrencesJob } from "@/lib/schedules/generate-occurrences";
import { schedulesSweep } from "@/lib/schedules/schedules-sweep";
import { slaAlertsSweep } from "@/lib/sla/sla-alerts-sweep";
import { slaAlertsJob } from "@/lib/sla/send-sla-alerts";
import type { OrgJob, Sweep } from "./define-job";

/**
 * Every queue of the app but e-mail delivery (boss.ts, start-workers.ts), in one place: an org job
 * per kind of business effect and a sweep per kind of time-based work. Contract milestones and
 * renewals and SLA timers add their lines here (lib/README.md, "Jobs").
 */
export const ORG_JOBS: readonly OrgJob<never>[] = [
  contractMilestoneJob as OrgJob<never>,
  contractRenewalJob as OrgJob<never>,
  slaAlertsJob as OrgJob<never>,
  generateOccurrencesJob as OrgJob<never>,
  appointmentEmailsJob as OrgJob<never>,
  reminderAlertsJob as OrgJob<never>,
];

export const SWEEPS: readonly Sweep[] = [contractMilestonesSweep, slaAlertsSweep, schedulesSweep, appointmentEmailsSweep, remindersSweep];
