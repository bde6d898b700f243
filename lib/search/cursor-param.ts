import { z } from "zod";

/**
 * A keyset cursor as it arrives from a URL or a client (see lib/db/keyset.ts). Plain zod, so form
 * schemas shared with the browser can use it; a bad value means the first page, not an error.
 */
export const cursorParam = z.string().max(500).optional().catch(undefined);
