import { z } from "zod";
import { MAX_LENGTH, optionalText, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { optionalMoney } from "@/lib/money/schemas";

export const productFieldsSchema = z.object({
  name: requiredText(MAX_LENGTH.name),
  /** Unique per org when given; compared as typed (trimmed), so "CAM-1" and "cam-1" are two codes. */
  code: optionalText(60),
  unit: optionalText(30),
  price: optionalMoney,
});

export const createProductSchema = productFieldsSchema.extend({ idempotencyKey });
export const updateProductSchema = productFieldsSchema.and(z.object({ id: z.uuid({ error: "invalid" }) }));
export const productTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export type ProductFieldsInput = z.input<typeof productFieldsSchema>;
export type ProductFields = z.output<typeof productFieldsSchema>;
