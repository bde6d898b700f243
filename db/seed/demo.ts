import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createOrgWithAdmin } from "@/lib/orgs/create-org";
import type { Level } from "@/lib/permissions/levels";
import { seedDemoCustomers } from "./demo-customers";
import { seedDemoAppointments } from "./demo-appointments";
import { seedDemoMeetingNotes } from "./demo-meeting-notes";
import { seedDemoContracts } from "./demo-contracts";
import { seedDemoService } from "./demo-service";
import { seedDemoSla } from "./demo-sla";
import { seedDemoWork } from "./demo-work";
import { seedDemoReminders } from "./demo-reminders";
import { seedDemoStructure } from "./demo-structure";

// Demo accounts printed by `npm start`; local demo only, never created on an external database
// unless someone runs the seed there on purpose.
export const DEMO_PASSWORD = "Servio-demo-2026";
const DEMO_ORG = "Anadolu Teknik Servis";
type Person = { email: string; name: string; role: "admin" | "member"; level: Level; locale: "tr" | "ro" | "en"; note?: string };
const PEOPLE: Person[] = [
  { email: "ayse@demo.servio.test", name: "Ayşe Yılmaz", role: "admin", level: "manage", locale: "tr" },
  { email: "mihai@demo.servio.test", name: "Mihai Popescu", role: "member", level: "edit", locale: "ro" },
  { email: "can@demo.servio.test", name: "Can Öztürk", role: "member", level: "view", locale: "tr" },
];
/** Issue 10's people (db/seed/demo-structure.ts); added to a demo org created before them too. */
const STRUCTURE: Person[] = [
  { email: "selin@demo.servio.test", name: "Selin Kaya", role: "member", level: "edit", locale: "tr", note: "service manager: sees her department" },
  { email: "emre@demo.servio.test", name: "Emre Demir", role: "member", level: "contribute", locale: "tr", note: "technician: 2 customers" },
  { email: "ioana@demo.servio.test", name: "Ioana Ionescu", role: "member", level: "contribute", locale: "ro", note: "technician: 3 customers" },
  {
    email: "burak@demo.servio.test",
    name: "Burak Şahin",
    role: "member",
    level: "edit",
    locale: "tr",
    note: "dealer staff: Kadıköy Bayi's sub-tree",
  },
];
const EVERYONE = [...PEOPLE, ...STRUCTURE];

/** Creates the demo organisation and its people once; later runs add what is missing and report the logins. */
export async function seedDemo() {
  const logins = EVERYONE.map((p) => ({ email: p.email, password: DEMO_PASSWORD, role: [p.role, p.level, p.note].filter(Boolean).join(" · ") }));
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, PEOPLE[0]!.email));
  if (existing) {
    const [membership] = await db.query.memberships.findMany({ where: eq(memberships.userId, existing.id), limit: 1 });
    const org = membership ? await db.query.orgs.findFirst({ where: (o, { eq: e }) => e(o.id, membership.orgId) }) : undefined;
    if (org) {
      await addMissingPeople(org.id);
      await seedDemoData(org.slug);
    }
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
    await tx.insert(memberships).values(PEOPLE.slice(1).map((p) => ({ orgId: org.id, userId: idOf(p.email), role: p.role, level: p.level })));
    return org.slug;
  });
  const [org] = await db.query.orgs.findMany({ where: (o, { eq: e }) => e(o.slug, orgSlug), limit: 1 });
  await addMissingPeople(org!.id);
  await seedDemoData(orgSlug);
  return { logins, orgSlug, created: true };
}

/** The structure's people, for a demo org that has none of them yet (or was created before them). */
async function addMissingPeople(orgId: string) {
  const have = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        STRUCTURE.map((p) => p.email),
      ),
    );
  const missing = STRUCTURE.filter((p) => !have.some((h) => h.email === p.email));
  if (!missing.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const added = await db
    .insert(users)
    .values(missing.map((p) => ({ email: p.email, name: p.name, passwordHash, locale: null })))
    .returning({ id: users.id, email: users.email });
  await db
    .insert(memberships)
    .values(added.map((u) => ({ orgId, userId: u.id, role: "member" as const, level: missing.find((p) => p.email === u.email)!.level })));
}

/**
 * Customers, then service records for them (Mihai, an Edit-level member, is the technician),
 * contracts, the structure, then the SLA contracts' policies and records under them (Selin, the
 * service manager, is their escalation), then a handful of tasks and issues, this week's appointments, three meeting notes and two reminders (issue 13).
 */
async function seedDemoData(orgSlug: string) {
  const ids = await demoUserIds(PEOPLE);
  await seedDemoCustomers(ids[0]!, orgSlug, ids);
  await seedDemoService(orgSlug, [ids[0]!, ids[1]!]);
  await seedDemoContracts(orgSlug, ids[0]!);
  const [manager, first, second, dealerStaff] = await demoUserIds(STRUCTURE);
  await seedDemoStructure(orgSlug, { admin: ids[0]!, manager: manager!, technicians: [first!, second!], dealerStaff: dealerStaff! });
  await seedDemoSla(orgSlug, { admin: ids[0]!, technician: ids[1]!, manager: manager! });
  await seedDemoWork(orgSlug, { admin: ids[0]!, technician: ids[1]! });
  await seedDemoAppointments(orgSlug, { admin: ids[0]!, technician: ids[1]! });
  await seedDemoMeetingNotes(orgSlug, { admin: ids[0]!, technician: ids[1]! });
  await seedDemoReminders(orgSlug, { admin: ids[0]!, technician: ids[1]! });
}

async function demoUserIds(people: Person[]) {
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        people.map((p) => p.email),
      ),
    );
  return people.map((p) => rows.find((r) => r.email === p.email)!.id);
}
