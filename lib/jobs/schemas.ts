import { z } from "zod";

// Client-safe: shared by the Background jobs page and its verbs.

export const retryJobFailureSchema = z.object({ id: z.uuid() });

export const jobFailuresQuerySchema = z.object({
  /** Keyset cursor of the last failure shown (lib/db/keyset.ts). */
  before: z.string().max(200).optional(),
});
