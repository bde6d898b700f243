import { MAX_LENGTH, exactText } from "@/lib/fields/text";

/**
 * A keyset cursor as it arrives from a URL or a client (see lib/db/keyset.ts). Plain zod, so form
 * schemas shared with the browser can use it; a bad value means the first page, not an error.
 */
export const cursorParam = exactText(MAX_LENGTH.token).optional().catch(undefined);
