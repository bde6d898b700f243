import "server-only";
import { inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import type { ClashView } from "./clash-answer";
import { type ClashQuery, findClashes } from "./find-clashes";

/** findClashes with each person's name, ready for the warning; empty when the slot is free. */
export async function checkClashes(t: Tenant, q: ClashQuery): Promise<ClashView[]> {
  const clashes = await findClashes(t, q);
  if (clashes.length === 0) return [];
  const people = await t.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, [...new Set(clashes.map((c) => c.userId))]));
  const nameOf = new Map(people.map((p) => [p.id, p.name || p.email]));
  return clashes.map((c) => ({
    userId: c.userId,
    person: nameOf.get(c.userId) ?? "",
    kind: c.kind,
    title: c.title,
    number: c.number,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
  }));
}
