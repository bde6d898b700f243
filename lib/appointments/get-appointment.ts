import "server-only";
import { eq, inArray } from "drizzle-orm";
import { customers, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { attendeeIdsOf, getAppointmentInOrgOrThrow } from "./internal";
import { mayEditAppointment } from "./may-edit";
import { appointmentTargetSchema } from "./schemas";

/** The detail page's appointment: attendees, customer and creator by name, and whether the actor may change it. */
export async function getAppointment(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "calendar.view");
  const { id } = parseInput(appointmentTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const row = await getAppointmentInOrgOrThrow(t, id);
    const attendeeIds = await attendeeIdsOf(t, id);
    const people = [...new Set([...attendeeIds, ...(row.createdById ? [row.createdById] : [])])];
    const [names, customer] = await Promise.all([
      people.length ? t.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people)) : [],
      row.customerId
        ? t.db
            .select({ id: customers.id, name: customers.name })
            .from(customers)
            .where(t.where(customers, eq(customers.id, row.customerId)))
            .then((r) => r[0] ?? null)
        : null,
    ]);
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return {
      id: row.id,
      version: row.version,
      title: row.title,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      place: row.place,
      description: row.description,
      // A customer outside the actor's scope is not named.
      customer,
      createdBy: row.createdById ? { id: row.createdById, name: nameOf.get(row.createdById) ?? "" } : null,
      attendees: attendeeIds.map((userId) => ({ id: userId, name: nameOf.get(userId) ?? "" })).sort((a, b) => a.name.localeCompare(b.name)),
      mayEdit: mayEditAppointment(ctx.actor, row),
    };
  });
}

export type AppointmentDetail = Awaited<ReturnType<typeof getAppointment>>;
