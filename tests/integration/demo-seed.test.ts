import { and, count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contacts, customers, orgs, serviceRecords, users } from "@/db/schema";
import { listCustomers } from "@/lib/customers/list-customers";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { seedDemo } from "@/db/seed/demo";
import { closeConnections } from "./helpers";

afterAll(closeConnections);

describe("the demo organisation", () => {
  it("gets ~200 valid customers with a primary contact each, and the structure's people, once", async () => {
    const first = await seedDemo();
    const [org] = await db.select().from(orgs).where(eq(orgs.slug, first.orgSlug));
    const countCustomers = async () => (await db.select({ n: count() }).from(customers).where(eq(customers.orgId, org!.id)))[0]!.n;
    // 200 generated, plus a distributor, its dealer and the dealer's customer (issue 10).
    expect(await countCustomers()).toBe(203);
    const [primaries] = await db
      .select({ n: count() })
      .from(contacts)
      .where(and(eq(contacts.orgId, org!.id), eq(contacts.isPrimary, true)));
    expect(primaries!.n).toBe(203);
    // Service records in every stage, created through the verbs (approval by the e-mailed link).
    const byStatus = async () =>
      Object.fromEntries(
        (
          await db
            .select({ status: serviceRecords.status, n: count() })
            .from(serviceRecords)
            .where(eq(serviceRecords.orgId, org!.id))
            .groupBy(serviceRecords.status)
        ).map((r) => [r.status, r.n]),
      );
    const statuses = await byStatus();
    expect(statuses).toEqual({ new: 1, assigned: 1, in_progress: 2, completed: 1, approved: 2, closed: 3 });
    const again = await seedDemo();
    expect(again.orgSlug).toBe(first.orgSlug);
    expect(await countCustomers()).toBe(203);
    expect(await byStatus()).toEqual(statuses);
    // The printed logins see what their place in the structure gives them.
    const sees = async (email: string) => {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      return (await listCustomers(await loadOrgContext(user!.id, first.orgSlug), {})).rows.map((r) => r.name);
    };
    expect(await sees("emre@demo.servio.test")).toHaveLength(2);
    expect(await sees("ioana@demo.servio.test")).toHaveLength(3);
    expect(await sees("selin@demo.servio.test")).toHaveLength(5);
    expect((await sees("burak@demo.servio.test")).sort()).toEqual(["Kadıköy Bayi Ltd.", "Moda Kafe"]);
    expect(first.logins.map((l) => l.email)).toContain("burak@demo.servio.test");
  });
});
