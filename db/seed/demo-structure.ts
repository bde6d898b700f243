import { asc, count } from "drizzle-orm";
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
  const t = ctx.t;
  const [placed] = await t.db.select({ n: count() }).from(memberProfiles).where(t.where(memberProfiles));
  if ((placed?.n ?? 0) > 0) return;
  const service = await addPicklistItem(ctx, { list: "department", labels: { en: "Service", tr: "Servis", ro: "Service" } });
  const [first, second] = people.technicians;
  await t.db
    .insert(memberProfiles)
    .values([
      t.values({ userId: people.manager, position: "manager" as const, departmentId: service.id }),
      t.values({ userId: first, departmentId: service.id, reportsTo: people.manager, technician: true }),
      t.values({ userId: second, departmentId: service.id, reportsTo: people.manager, technician: true }),
    ]);
  // Two customers for one technician, three for the other: the first by name, so they are easy to find.
  const some = await t.db.select({ id: customers.id }).from(customers).where(t.where(customers)).orderBy(asc(customers.name)).limit(5);
  await t.db.insert(customerTechnicians).values(some.map((c, i) => t.values({ customerId: c.id, userId: i < 2 ? first : second })));
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
  await t.db.insert(memberProfiles).values(t.values({ userId: people.dealerStaff, partnerCustomerId: dealer.id }));
}
