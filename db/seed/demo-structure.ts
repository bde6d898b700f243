import { asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, customerTechnicians, memberProfiles } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";

export type DemoStructurePeople = { admin: string; manager: string; technicians: [string, string]; dealerStaff: string };

/**
 * Issue 10's demo (SPEC T5–T7): a service department with its manager and two technicians, each
 * authorised for a few customers and reporting to the manager; a distributor with a dealer below
 * it (and a customer of the dealer), and a login for the dealer's staff. Once per org.
 */
export async function seedDemoStructure(orgSlug: string, people: DemoStructurePeople) {
  const ctx = await loadOrgContext(people.admin, orgSlug);
  const [placed] = await db.select({ n: count() }).from(memberProfiles).where(eq(memberProfiles.orgId, ctx.org.id));
  if ((placed?.n ?? 0) > 0) return;
  const service = await addPicklistItem(ctx, { list: "department", labels: { en: "Service", tr: "Servis", ro: "Service" } });
  const [first, second] = people.technicians;
  await db.insert(memberProfiles).values([
    { orgId: ctx.org.id, userId: people.manager, position: "manager", departmentId: service.id },
    { orgId: ctx.org.id, userId: first, departmentId: service.id, reportsTo: people.manager, technician: true },
    { orgId: ctx.org.id, userId: second, departmentId: service.id, reportsTo: people.manager, technician: true },
  ]);
  // Two customers for one technician, three for the other: the first by name, so they are easy to find.
  const some = await db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, ctx.org.id)).orderBy(asc(customers.name)).limit(5);
  await db.insert(customerTechnicians).values(some.map((c, i) => ({ orgId: ctx.org.id, customerId: c.id, userId: i < 2 ? first : second })));
  const contact = (name: string) => ({ name });
  const distributor = await createCustomer(ctx, {
    name: "Marmara Dağıtım A.Ş.",
    type: "distributor",
    status: "active",
    contact: contact("Levent Arslan"),
  });
  const dealer = await createCustomer(ctx, {
    name: "Kadıköy Bayi Ltd.",
    type: "dealer",
    status: "active",
    parentId: distributor.id,
    contact: contact("Deniz Aksoy"),
  });
  await createCustomer(ctx, { name: "Moda Kafe", type: "customer", status: "first_contact", parentId: dealer.id, contact: contact("Ece Tan") });
  await db.insert(memberProfiles).values({ orgId: ctx.org.id, userId: people.dealerStaff, partnerCustomerId: dealer.id });
}
