import { timestamp, uuid } from "drizzle-orm/pg-core";
// Relative: drizzle-kit loads the schema without the "@/" alias.
import { now } from "../../lib/clock";

export const id = () => uuid().defaultRandom();
// Millisecond precision, like JavaScript dates: keyset cursors built from a Date then compare
// exactly with the stored value (microseconds would make rows skip or repeat between pages).
export const createdAt = () => timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true, precision: 3 })
    .notNull()
    .defaultNow()
    // The verbs' clock (lib/clock.ts), like the other instants a verb writes.
    .$onUpdate(() => now());
