import "server-only";
import { sql } from "drizzle-orm";

/**
 * "`minutes` ago" by the database's clock, for windows over rows the database stamped
 * (`created_at` defaults to its now()): rate limits count requests per real minute, so the stamp and
 * the window read one clock, and a moved test clock (lib/clock.ts) neither empties nor fills them.
 */
export const minutesAgo = (minutes: number) => sql`now() - make_interval(mins => ${minutes})`;
