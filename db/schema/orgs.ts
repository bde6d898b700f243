import { foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { MEMBER_ROLES, PERMISSION_LEVELS } from "./enum-values";
import { users } from "./users";

export const memberRole = pgEnum("member_role", MEMBER_ROLES);
export const permissionLevel = pgEnum("permission_level", PERMISSION_LEVELS);

export const orgs = pgTable("orgs", {
  id: id().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  locale: text().notNull().default("en"),
  timeZone: text().notNull().default("Europe/Istanbul"),
  currency: text().notNull().default("TRY"),
  /**
   * ISO 3166 country that phone numbers typed without a +country code belong to (lib/orgs/phone-country.ts);
   * null: every number must carry its country code.
   */
  phoneCountry: text(),
  /**
   * Bumped by triggers (migration reference_version_triggers) in the same transaction as every
   * change to the org's reference data: picklist items and label overrides, memberships, member
   * names, the org's name.
   * Read with the org context; per-instance caches reload when it moves (lib/cache/reference-cache.ts).
   */
  refVersion: integer().notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull().default("member"),
    level: permissionLevel().notNull().default("view"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("memberships_user_id_idx").on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    email: text().notNull(),
    role: memberRole().notNull().default("member"),
    level: permissionLevel().notNull().default("view"),
    tokenHash: text().notNull(),
    invitedBy: uuid().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("invitations_token_hash_idx").on(t.tokenHash),
    index("invitations_org_id_created_at_idx").on(t.orgId, t.createdAt),
    // The inviter must be a member of the same org: the key includes org_id.
    foreignKey({ columns: [t.orgId, t.invitedBy], foreignColumns: [memberships.orgId, memberships.userId] }).onDelete("cascade"),
  ],
);

export type Org = typeof orgs.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type MemberRole = (typeof memberRole.enumValues)[number];
