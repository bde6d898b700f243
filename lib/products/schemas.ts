import { z } from "zod";
import { optionalText } from "@/lib/customers/field-schemas";

/** A price typed the way people type money: "1.250,50", "1250.5", "1 250"; stored with two decimals. */
export const optionalPrice = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const cleaned = v.replace(/\s/g, "");
    // The last "," or "." with 1–2 digits after it is the decimal separator; others group thousands.
    const normalised = cleaned.replace(/[.,](?=\d{3}(\D|$))/g, "").replace(",", ".");
    const n = Number(normalised);
    if (!Number.isFinite(n) || n < 0 || n >= 1e10) {
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
    return n.toFixed(2);
  });

export const productFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  /** Unique per org when given; compared as typed (trimmed), so "CAM-1" and "cam-1" are two codes. */
  code: optionalText(60),
  unit: optionalText(30),
  price: optionalPrice,
});

export const createProductSchema = productFieldsSchema;
export const updateProductSchema = productFieldsSchema.and(z.object({ id: z.uuid({ error: "invalid" }) }));
export const productTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export type ProductFieldsInput = z.input<typeof productFieldsSchema>;
export type ProductFields = z.output<typeof productFieldsSchema>;
