import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createOrgWithAdmin } from "@/lib/orgs/create-org";
import type { Level } from "@/lib/permissions/levels";
import { seedDemoCustomers } from "./demo-customers";
import { seedDemoService } from "./demo-service";

// Demo accounts printed by `npm start`; local demo only, never created on an external database
// unless someone runs the seed there on purpose.
export const DEMO_PASSWORD = "Servio-demo-2026";
const DEMO_ORG = "Anadolu Teknik Servis";
const PEOPLE: { email: string; name: string; role: "admin" | "member"; level: Level; locale: "tr" | "ro" | "en" }[] = [
  { email: "ayse@demo.servio.test", name: "Ayşe Yılmaz", role: "admin", level: "manage", locale: "tr" },
  { email: "mihai@demo.servio.test", name: "Mihai Popescu", role: "member", level: "edit", locale: "ro" },
  { email: "can@demo.servio.test", name: "Can Öztürk", role: "member", level: "view", locale: "tr" },
];

/** Creates the demo organisation and its people once; later runs only report the logins. */
export async function seedDemo() {
  const logins = PEOPLE.map((p) => ({ email: p.email, password: DEMO_PASSWORD, role: `${p.role} · ${p.level}` }));
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, PEOPLE[0]!.email));
  if (existing) {
    const [membership] = await db.query.memberships.findMany({ where: eq(memberships.userId, existing.id), limit: 1 });
    const org = membership ? await db.query.orgs.findFirst({ where: (o, { eq: e }) => e(o.id, membership.orgId) }) : undefined;
    if (org) await seedDemoData(org.slug);
    return { logins, orgSlug: org?.slug ?? "", created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgSlug = await db.transaction(async (tx) => {
    const ids = await tx
      .insert(users)
      .values(PEOPLE.map((p) => ({ email: p.email, name: p.name, passwordHash, locale: null })))
      .returning({ id: users.id, email: users.email });
    const idOf = (email: string) => ids.find((row) => row.email === email)!.id;
    const org = await createOrgWithAdmin(tx, { userId: idOf(PEOPLE[0]!.email), name: DEMO_ORG, locale: "tr" });
    await tx
      .insert(memberships)
      .values(PEOPLE.slice(1).map((p) => ({ orgId: org.id, userId: idOf(p.email), role: p.role, level: p.level })));
    return org.slug;
  });
  await seedDemoData(orgSlug);
  return { logins, orgSlug, created: true };
}

/** Customers, then service records for them (Mihai, an Edit-level member, is the technician). */
async function seedDemoData(orgSlug: string) {
  const ids = await demoUserIds();
  await seedDemoCustomers(ids[0]!, orgSlug, ids);
  await seedDemoService(orgSlug, [ids[0]!, ids[1]!]);
}

async function demoUserIds() {
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, PEOPLE.map((p) => p.email)));
  return PEOPLE.map((p) => rows.find((r) => r.email === p.email)!.id);
}
