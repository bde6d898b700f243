import "server-only";
import { eq } from "drizzle-orm";
import { businessCalendars } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { listMembersByName } from "@/lib/members/internal";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type AgendaBusinessHours, businessHoursOf } from "./business-hours";

export type AgendaSetup = {
  timeZone: string;
  /** The default business calendar's week, shaded outside; null: the org has none, nothing is shaded. */
  businessHours: AgendaBusinessHours | null;
  /** For the Agenda's member filter. */
  members: { id: string; name: string }[];
  canBook: boolean;
};

/** What the agenda pages need besides the events (SPEC W3): the zone, the working week, the people. */
export async function getAgendaSetup(ctx: OrgContext): Promise<AgendaSetup> {
  requirePermission(ctx, "calendar.view");
  const [calendar] = await ctx.t.db
    .select({ week: businessCalendars.week })
    .from(businessCalendars)
    .where(ctx.t.where(businessCalendars, eq(businessCalendars.isDefault, true)));
  const members = await listMembersByName(ctx);
  return {
    timeZone: ctx.org.timeZone,
    businessHours: calendar ? businessHoursOf(calendar.week) : null,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    canBook: can(ctx.actor, "calendar.manage"),
  };
}
