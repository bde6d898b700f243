import { z } from "zod";
import { exactText, MAX_LENGTH, optionalText } from "@/lib/fields/text";

const SCORE_ERROR = { error: "scoreRange" } as const;

/** The customer's answer on the public page (SPEC S6): a whole score 1–10 and an optional comment. */
export const approveSchema = z.object({
  token: exactText(MAX_LENGTH.token),
  // Form posts send strings; "" and "x" must fail like 0 or 5.5, never coerce to something valid.
  score: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number(SCORE_ERROR).int(SCORE_ERROR).min(1, SCORE_ERROR).max(10, SCORE_ERROR),
  ),
  comment: optionalText(2000),
});

export const supportHistorySchema = z.object({ customerId: z.uuid({ error: "invalid" }) });
