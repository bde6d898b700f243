import { timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid().defaultRandom();
// Millisecond precision, like JavaScript dates: keyset cursors built from a Date then compare
// exactly with the stored value (microseconds would make rows skip or repeat between pages).
export const createdAt = () => timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true, precision: 3 })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
