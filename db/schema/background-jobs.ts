import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { orgs } from "./orgs";
import { users } from "./users";

// Issue 11 (SPEC G4): what jobs did and which of them gave up. pg-boss's own tables say what is
// queued; these say what happened, in the org's rows (row-level security like any tenant table).

/**
 * One row per business effect a job has had (`contract:<id>:notify_before:<date>`). Claimed with
 * INSERT … ON CONFLICT DO NOTHING in the transaction of the effect itself (lib/jobs/once.ts), so
 * the effect and its claim commit or roll back together: a retry, a restart or a second instance
 * finds the row and does nothing. The primary key is the guarantee; pg-boss singleton keys only
 * save work.
 */
export const jobEffects = pgTable(
  "job_effects",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    key: text().notNull(),
    job: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] })],
);

/**
 * A dead letter: an org's job that failed past its retry limit, with its data and last error, so
 * an admin can see it and send it again (Settings → Background jobs). `retriedAt` is set when it
 * is sent again; a retry that fails for good writes a new row.
 */
export const jobFailures = pgTable(
  "job_failures",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    queue: text().notNull(),
    /** The pg-boss job that gave up. */
    jobId: uuid().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    lastError: text().notNull(),
    attempts: integer().notNull(),
    failedAt: createdAt(),
    retriedAt: timestamp({ withTimezone: true, precision: 3 }),
    retriedJobId: uuid(),
    retriedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // Keyset pages of the admin list, newest first.
    index("job_failures_org_id_failed_at_idx").on(t.orgId, t.failedAt, t.id),
  ],
);

export type JobFailure = typeof jobFailures.$inferSelect;
