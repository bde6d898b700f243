import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * One row per running job worker (a server process). It beats every few seconds; a worker whose
 * beat is stale, or whose process is gone on the same host, is dead, and the jobs it held are
 * handed back to the queue (lib/jobs/recover-dead-workers.ts). Platform table: no org.
 */
export const jobWorkers = pgTable("job_workers", {
  id: uuid().primaryKey(),
  host: text().notNull(),
  pid: integer().notNull(),
  startedAt: createdAt(),
  heartbeatAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export type JobWorker = typeof jobWorkers.$inferSelect;
