import { z } from "zod";

// Client-safe: the create forms send it, the create schemas parse it.

/**
 * One key per submission of a create form: made when the form mounts, kept across retries,
 * renewed after success (components/forms/use-idempotency-key.ts). Optional, so scripts and
 * tests that create without one still work, just without the protection.
 */
export const idempotencyKey = z.uuid({ error: "invalid" }).optional();
