import "server-only";
import { and, asc, isNotNull, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { reminders } from "@/db/schema";

/** Reminders per sweep: a backlog (after downtime) is worked off minute by minute, earliest first. */
const BATCH = 1000;

/**
 * Reminders of every org with an alert due: their cursor (next_alert_at, armed by create and update
 * in lib/reminders/alerts.ts) has come. The sweep's read, with the owner's connection because it
 * serves all orgs at once (lib/README.md, "Jobs"), on the cross-org partial index
 * reminders_next_alert_at_idx. The reminder's job sends each alert once and moves the cursor on (or
 * clears it), so a reminder is not found again until its next alert is due.
 */
export async function findDueReminders(at: Date) {
  return db
    .select({ orgId: reminders.orgId, reminderId: reminders.id, nextAlertAt: reminders.nextAlertAt })
    .from(reminders)
    .where(and(isNotNull(reminders.nextAlertAt), lte(reminders.nextAlertAt, at)))
    .orderBy(asc(reminders.nextAlertAt))
    .limit(BATCH);
}
