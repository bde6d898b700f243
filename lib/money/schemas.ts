import { z } from "zod";
import { MAX_LENGTH, text } from "@/lib/fields/text";

// Client-safe: the product and service forms resolve with the same schemas their verbs parse.

/**
 * An amount typed the way people type money: "1.250,50", "1250.5", "1 250". Empty means "not
 * given" (null); otherwise a non-negative amount below 10^10, stored as text with two decimals.
 */
export const optionalMoney = text(MAX_LENGTH.label)
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
