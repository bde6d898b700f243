import { z } from "zod";

// Client-safe: the authorised-technicians picker and its verb parse with this one schema.

export const customerTechniciansSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  /** Members flagged technician (T5); sorted so before/after compare equal when only the order differs. */
  userIds: z
    .array(z.uuid({ error: "invalid" }))
    .max(20, { error: "tooMany" })
    .default([])
    .transform((ids) => [...new Set(ids)].sort()),
});
