import { and, count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contacts, customers, orgs, serviceRecords } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { closeConnections } from "./helpers";

afterAll(closeConnections);

describe("the demo organisation", () => {
  it("gets ~200 valid customers with a primary contact each, once", async () => {
    const first = await seedDemo();
    const [org] = await db.select().from(orgs).where(eq(orgs.slug, first.orgSlug));
    const countCustomers = async () => (await db.select({ n: count() }).from(customers).where(eq(customers.orgId, org!.id)))[0]!.n;
    expect(await countCustomers()).toBe(200);
    const [primaries] = await db
      .select({ n: count() })
      .from(contacts)
      .where(and(eq(contacts.orgId, org!.id), eq(contacts.isPrimary, true)));
    expect(primaries!.n).toBe(200);
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
    expect(await countCustomers()).toBe(200);
    expect(await byStatus()).toEqual(statuses);
  });
});
