import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, customerTags } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { exportCustomers } from "@/lib/customers/export-customers";
import { toCsvFile } from "@/lib/exports/to-csv-file";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { removeCustomer } from "@/lib/customers/remove-customer";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { listLabelOverrides, messagesForOrg, setLabelOverride } from "@/lib/picklists/label-overrides";
import { addPicklistItem, archivePicklistItem } from "@/lib/picklists/manage-picklist";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let vip: string;
let late: string;
let foreignTag: string;

const customerInput = (name: string, extra: Record<string, unknown> = {}) => ({
  type: "customer",
  status: "first_contact",
  name,
  contact: { name: `${name} Kişi` },
  ...extra,
});
const tag = async (org: Org, en: string) => (await addPicklistItem(org.ctx, { list: "tag", labels: { en, tr: "", ro: "" } })).id;

beforeAll(async () => {
  a = await createOrg("Tags A");
  b = await createOrg("Tags B");
  vip = await tag(a, "VIP");
  late = await tag(a, "Pays late");
  foreignTag = await tag(b, "Foreign");
});
afterAll(closeConnections);

describe("customer tags", () => {
  it("are set on create, changed on edit with before/after in the feed, and shown by the record", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Etiketli Ltd.", { tagIds: [vip] }));
    expect((await getCustomer(a.ctx, { id })).tagIds).toEqual([vip]);
    await updateCustomer(a.ctx, { ...customerInput("Etiketli Ltd."), id, version: 1, tagIds: [late, vip] });
    const record = await getCustomer(a.ctx, { id });
    expect(record.tagIds).toEqual([late, vip].sort());
    expect(record.version).toBe(2);
    const [activity] = await db
      .select({ changes: activities.changes })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id), eq(activities.kind, "customer.updated")));
    expect(activity!.changes).toEqual({ tagIds: { from: [vip], to: [late, vip].sort() } });
  });

  it("saving the same tags in another order is no change", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Sıra Ltd.", { tagIds: [vip, late] }));
    expect(await updateCustomer(a.ctx, { ...customerInput("Sıra Ltd."), id, version: 1, tagIds: [late, vip] })).toEqual({ id, version: 1 });
  });

  it("refuses another org's tag or a region as a tag, and writes nothing", async () => {
    const region = (await addPicklistItem(a.ctx, { list: "region", labels: { en: "Ege", tr: "", ro: "" } })).id;
    for (const bad of [foreignTag, region]) {
      const error = await caught(createCustomer(a.ctx, customerInput(`Bad tag ${bad}`, { tagIds: [bad] })), ValidationError);
      expect(error.fieldErrors).toEqual({ tagIds: "invalid" });
      const list = await listCustomers(a.ctx, { q: `Bad tag ${bad}` });
      expect(list.rows).toHaveLength(0);
    }
  });

  it("filter the list, show on its rows, and go with a deleted customer", async () => {
    const tagged = await createCustomer(a.ctx, customerInput("Filtre Tagged", { tagIds: [late] }));
    await createCustomer(a.ctx, customerInput("Filtre Plain"));
    const list = await listCustomers(a.ctx, { q: "filtre", tag: late });
    expect(list.rows.map((r) => [r.name, r.tagIds])).toEqual([["Filtre Tagged", [late]]]);
    await removeCustomer(a.ctx, { id: tagged.id });
    expect(
      await db
        .select()
        .from(customerTags)
        .where(and(eq(customerTags.orgId, a.orgId), eq(customerTags.customerId, tagged.id))),
    ).toEqual([]);
  });

  it("keep an archived tag on the record; it can still be saved", async () => {
    const old = await tag(a, "Old");
    const { id } = await createCustomer(a.ctx, customerInput("Arşiv Ltd.", { tagIds: [old] }));
    await archivePicklistItem(a.ctx, { id: old });
    await updateCustomer(a.ctx, { ...customerInput("Arşiv Ltd. 2"), id, version: 1, tagIds: [old] });
    expect((await getCustomer(a.ctx, { id })).tagIds).toEqual([old]);
  });

  it("appear in the CSV export by label", async () => {
    await createCustomer(a.ctx, customerInput("Export Etiket", { tagIds: [vip] }));
    const { body: csv } = toCsvFile((await exportCustomers(a.ctx, { q: "export etiket" }, { locale: "en" })).table);
    expect(csv).toContain("Tags");
    expect(csv).toMatch(/Export Etiket,.*VIP/);
  });
});

describe("labels of customer types and lifecycle statuses", () => {
  it("an org's labels replace the defaults in its own language only, and clearing restores them", async () => {
    await setLabelOverride(a.ctx, { list: "customer_type", key: "main_dealer", labels: { en: "Master dealer", tr: "Baş bayi", ro: "" } });
    expect((await messagesForOrg(a.ctx, "en")).customerTypes.main_dealer).toBe("Master dealer");
    expect((await messagesForOrg(a.ctx, "tr")).customerTypes.main_dealer).toBe("Baş bayi");
    expect((await messagesForOrg(a.ctx, "ro")).customerTypes.main_dealer).toBe("Dealer principal");
    // Another org keeps the product's labels.
    expect((await messagesForOrg(b.ctx, "en")).customerTypes.main_dealer).toBe("Main dealer");
    const editor = await listLabelOverrides(a.ctx, "customer_type");
    expect(editor.find((e) => e.key === "main_dealer")).toEqual({
      key: "main_dealer",
      labels: { en: "Master dealer", tr: "Baş bayi" },
      defaults: { en: "Main dealer", tr: "Ana bayi", ro: "Dealer principal" },
    });
    await setLabelOverride(a.ctx, { list: "customer_type", key: "main_dealer", labels: { en: "", tr: "", ro: "" } });
    expect((await messagesForOrg(a.ctx, "en")).customerTypes.main_dealer).toBe("Main dealer");
  });

  it("rename statuses in the CSV export too", async () => {
    await setLabelOverride(a.ctx, { list: "lifecycle_status", key: "potential", labels: { en: "Warm lead", tr: "", ro: "" } });
    await createCustomer(a.ctx, customerInput("Sıcak Aday", { status: "potential" }));
    const { body: csv } = toCsvFile((await exportCustomers(a.ctx, { q: "sicak aday" }, { locale: "en" })).table);
    expect(csv).toMatch(/Sıcak Aday,.*Warm lead/);
  });

  it("refuse keys the product does not have, and need Manage", async () => {
    await caught(setLabelOverride(a.ctx, { list: "lifecycle_status", key: "lost", labels: { en: "Lost", tr: "", ro: "" } }), NotFoundError);
    const editor = await addMember(a, "edit");
    await caught(setLabelOverride(editor.ctx, { list: "lifecycle_status", key: "active", labels: { en: "Won", tr: "", ro: "" } }), ForbiddenError);
    expect((await messagesForOrg(a.ctx, "en")).lifecycle.active).toBe("Active customer");
  });
});
