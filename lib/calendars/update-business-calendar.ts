import "server-only";
import { eq } from "drizzle-orm";
import { businessCalendars } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { recomputeCalendarClocks } from "@/lib/sla/recompute-policy-clocks";
import { parseInput } from "@/lib/validation";
import { clearOtherDefaults, getCalendarInOrgOrThrow } from "./internal";
import { updateCalendarRecordSchema } from "./record-schemas";

/** Saves over the version the user loaded. The default stays put until another is made default. */
export async function updateBusinessCalendar(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "businessCalendars.manage");
  const { id, version, hours, ...fields } = parseInput(updateCalendarRecordSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getCalendarInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    // Unticking the default would leave new SLA policies without one: make another the default instead.
    if (current.isDefault && !fields.isDefault) throw new ValidationError({ isDefault: "keepDefault" });
    if (fields.isDefault) await clearOtherDefaults(t, id);
    await t.db
      .update(businessCalendars)
      .set({ ...fields, week: hours, version: version + 1 })
      .where(t.where(businessCalendars, eq(businessCalendars.id, id)));
    // Open records counting time in this calendar get their deadlines again in this transaction:
    // all of the org's, not only those the editor sees (derived data must be right for everyone).
    await recomputeCalendarClocks(t.orgWide(), id);
    return { id, version: version + 1 };
  });
}
