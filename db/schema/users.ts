import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

// Users are global: one person can belong to several organisations.
export const users = pgTable("users", {
  id: id().primaryKey(),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  locale: text(),
  deactivatedAt: timestamp({ withTimezone: true }),
  /**
   * Bumped by triggers (migration reference_version_triggers) whenever one of the user's
   * memberships or one of their orgs' names or slugs changes: the key of their cached org list,
   * read with the session lookup.
   */
  orgsVersion: integer().notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const passwordResets = pgTable(
  "password_resets",
  {
    id: id().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("password_resets_user_id_idx").on(t.userId)],
);

/**
 * One row per signed-in browser. The JWT carries the row's id; a session whose row is revoked
 * (sign-out, password change, deactivation, removal from every org) ends at its next request.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId)],
);

/** Throttled attempts (failed sign-ins, password-reset requests), one row each under a counter key (lib/auth/record-attempt.ts). */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: id().primaryKey(),
    key: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("login_failures_key_created_at_idx").on(t.key, t.createdAt)],
);

export type User = typeof users.$inferSelect;
