import { z } from "zod";
import { SERVICE_STATUSES, SLA_ESCALATION_ACTIONS, SLA_POLICY_KINDS } from "@/db/schema/enum-values";

// Client-safe: the policy editor (components/sla/policy-editor.tsx) and setSlaPolicy parse with
// these (SPEC K1a). Messages are catalogue keys under `validation.`.

/** A year of business minutes: a target beyond that is a typo. */
const MAX_TARGET_MINUTES = 60 * 24 * 365;
/** A week either side of the deadline for an escalation. */
const MAX_OFFSET_MINUTES = 60 * 24 * 7;

/** Form fields send strings: "" is empty; "x", 1.5 and -1 fail instead of coercing. */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
    z.number({ error: "invalid" }).int({ error: "invalid" }).min(min, { error: "invalid" }).max(max, { error: "invalid" }).nullable(),
  );

/** Hours and minutes on the form, business minutes stored; both empty: no such target. */
const duration = z
  .object({ hours: wholeNumber(0, MAX_TARGET_MINUTES / 60), minutes: wholeNumber(0, 59) })
  .transform((d) => (d.hours === null && d.minutes === null ? null : (d.hours ?? 0) * 60 + (d.minutes ?? 0)))
  .refine((m) => m === null || m > 0, { error: "positive" });

const escalationSchema = z
  .object({
    /** Business minutes before (−) or after (+) the resolution deadline. */
    offsetMinutes: wholeNumber(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES).refine((v) => v !== null, { error: "required" }),
    action: z.enum(SLA_ESCALATION_ACTIONS, { error: "required" }),
    userId: z
      .union([z.uuid({ error: "invalid" }), z.literal("")])
      .nullish()
      .transform((v) => v || null),
    priorityId: z
      .union([z.uuid({ error: "invalid" }), z.literal("")])
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((rule, issue) => {
    if ((rule.action === "notify_person" || rule.action === "add_assignee") && !rule.userId) {
      issue.addIssue({ code: "custom", message: "required", path: ["userId"] });
    }
    if (rule.action === "raise_priority" && !rule.priorityId) issue.addIssue({ code: "custom", message: "required", path: ["priorityId"] });
  })
  .transform((rule) => ({ ...rule, offsetMinutes: rule.offsetMinutes! }));

/** The editor's rows: one per priority, hours and minutes each; rows with no target are dropped. */
const targetRows = z
  .array(z.object({ priorityId: z.uuid({ error: "invalid" }), firstResponse: duration, resolution: duration }))
  .max(50, { error: "tooMany" })
  .transform((rows) =>
    Object.fromEntries(
      rows
        .filter((r) => r.firstResponse !== null || r.resolution !== null)
        .map((r) => [r.priorityId, { firstResponse: r.firstResponse, resolution: r.resolution }]),
    ),
  );
const minutesOrNone = z.number().int().positive().max(MAX_TARGET_MINUTES).nullable();
/**
 * The stored form, by priority id in business minutes — also what the form hands its action after
 * parsing on the client, which the verb then parses again.
 */
const storedTargets = z.record(z.uuid({ error: "invalid" }), z.object({ firstResponse: minutesOrNone, resolution: minutesOrNone }));

export const slaPolicySchema = z.object({
  contractId: z.uuid({ error: "invalid" }),
  /** The version loaded in the editor; absent when the contract has no policy yet. */
  version: z.coerce.number().int().positive().optional(),
  calendarId: z.uuid({ error: "required" }),
  targets: z.union([targetRows, storedTargets]),
  pauseStatuses: z.array(z.enum(SERVICE_STATUSES, { error: "invalid" })).max(SERVICE_STATUSES.length),
  warnPercent: wholeNumber(1, 100).transform((v) => v ?? 80),
  escalations: z.array(escalationSchema).max(20, { error: "tooMany" }),
});

export type SlaPolicyInput = z.input<typeof slaPolicySchema>;
export type SlaPolicyValues = z.output<typeof slaPolicySchema>;

export const slaPolicyTargetSchema = z.object({ contractId: z.uuid({ error: "invalid" }) });
export { SLA_ESCALATION_ACTIONS, SLA_POLICY_KINDS };
