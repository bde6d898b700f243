import { z } from "zod";
import { MEMBER_ROLES } from "@/db/schema/enum-values";
import { EMPLOYMENT_STATUSES } from "@/db/schema/enum-values";
import { optionalCalendarDate } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText } from "@/lib/fields/text";
import { LEVELS } from "@/lib/permissions/levels";

export const ROLES = MEMBER_ROLES;

export const memberTargetSchema = z.object({ userId: z.uuid({ error: "invalid" }) });
export const changeRoleSchema = memberTargetSchema.extend({ role: z.enum(ROLES, { error: "required" }) });
export const setLevelSchema = memberTargetSchema.extend({ level: z.enum(LEVELS, { error: "required" }) });

/**
 * SPEC T8, shared by the Members page form and the verb. Leaving needs the day it happened; the
 * reason is optional. Going back to working clears the exit date (the reason stays as a note).
 */
export const setEmploymentStatusSchema = memberTargetSchema
  .extend({
    status: z.enum(EMPLOYMENT_STATUSES, { error: "required" }),
    exitDate: optionalCalendarDate(),
    exitReason: optionalText(MAX_LENGTH.long),
  })
  .superRefine((value, ctx) => {
    if (value.status !== "working" && !value.exitDate) ctx.addIssue({ code: "custom", path: ["exitDate"], message: "required" });
  })
  .transform((value) => (value.status === "working" ? { ...value, exitDate: null } : value));
export type SetEmploymentStatusInput = z.input<typeof setEmploymentStatusSchema>;
