import { z } from "zod";

const SCORE_ERROR = { error: "scoreRange" } as const;

/** The customer's answer on the public page (SPEC S6): a whole score 1–10 and an optional comment. */
export const approveSchema = z.object({
  token: z.string().max(200),
  // Form posts send strings; "" and "x" must fail like 0 or 5.5, never coerce to something valid.
  score: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number(SCORE_ERROR).int(SCORE_ERROR).min(1, SCORE_ERROR).max(10, SCORE_ERROR),
  ),
  comment: z
    .string()
    .trim()
    .max(2000, { error: "tooLong" })
    .nullish()
    .transform((v) => v || null),
});

export const supportHistorySchema = z.object({ customerId: z.uuid({ error: "invalid" }) });
