import { z } from "zod";
import { optionalEmail, optionalId, optionalText } from "@/lib/customers/field-schemas";
import { calendarDate, optionalDateTime } from "@/lib/fields/dates";
import { MAX_LENGTH, text } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { optionalMoney } from "@/lib/money/schemas";
import { SERVICE_STATUSES } from "./status";
import { SERVICE_SUBJECT_KINDS } from "@/db/schema/enum-values";

export { SERVICE_SUBJECT_KINDS };

export const serviceFieldsSchema = z
  .object({
    customerId: z.uuid({ error: "required" }),
    contactId: optionalId,
    serviceTypeId: optionalId,
    priorityId: optionalId,
    requestDate: calendarDate(),
    subjectKind: z.enum(SERVICE_SUBJECT_KINDS).default("text"),
    subject: text(MAX_LENGTH.line).default(""),
    productId: optionalId,
    description: optionalText(10_000),
    plannedStart: optionalDateTime(),
    plannedEnd: optionalDateTime(),
    fee: optionalMoney,
    result: optionalText(10_000),
    internalNote: optionalText(10_000),
  })
  .superRefine((v, ctx) => {
    if (v.subjectKind === "product" && !v.productId) ctx.addIssue({ code: "custom", path: ["productId"], message: "required" });
    if (v.subjectKind === "text" && !v.subject) ctx.addIssue({ code: "custom", path: ["subject"], message: "required" });
    if (v.plannedStart && v.plannedEnd && v.plannedEnd < v.plannedStart)
      ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "endBeforeStart" });
  });

export const createServiceRecordSchema = serviceFieldsSchema.and(
  z.object({
    assigneeIds: z
      .array(z.uuid({ error: "invalid" }))
      .max(20, { error: "tooMany" })
      .default([]),
    idempotencyKey,
  }),
);

export const updateServiceRecordSchema = serviceFieldsSchema.and(
  z.object({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() }),
);

export const serviceTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const changeStatusSchema = z.object({ id: z.uuid({ error: "invalid" }), status: z.enum(SERVICE_STATUSES) });

export const assignSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  userIds: z.array(z.uuid({ error: "invalid" })).max(20, { error: "tooMany" }),
});

export const completeSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  /** The report goes here; the customer's e-mail is the default the form fills in. */
  email: optionalEmail.refine((v) => !!v, { error: "required" }),
  result: optionalText(10_000),
  fee: optionalMoney,
});

export type ServiceFieldsInput = z.input<typeof serviceFieldsSchema>;
export type ServiceFields = z.output<typeof serviceFieldsSchema>;
