import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "@/lib/customers/create-customer";
import { searchCustomerOptions } from "@/lib/customers/search-customer-options";
import { ForbiddenError } from "@/lib/errors";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let other: Org;

function customerInput(name: string, extra: Record<string, unknown> = {}) {
  return { name, type: "customer", status: "first_contact", contact: { name: `${name} Contact` }, ...extra } as const;
}

beforeAll(async () => {
  org = await createOrg("Picker Org");
  other = await createOrg("Picker Other");
  const region = async (en: string, tr: string) => (await addPicklistItem(org.ctx, { list: "region", labels: { en, tr, ro: "" } })).id;
  const [ankara, izmir] = [await region("Ankara", "Ankara"), await region("Aegean", "Ege")];
  // Four companies of one name, as imported from an old system: only code and region differ.
  await createCustomer(org.ctx, customerInput("Mavi Yazılım Ltd.", { accountCode: "MV-001", regionId: ankara }));
  await createCustomer(org.ctx, customerInput("Mavi Yazılım Ltd.", { accountCode: "MV-002", regionId: izmir }));
  await createCustomer(org.ctx, customerInput("Mavi Yazılım Ltd.", { accountCode: "MV-003" }));
  await createCustomer(org.ctx, customerInput("Mavi Yazılım Ltd.", { regionId: izmir }));
  await createCustomer(org.ctx, customerInput("Kırmızı Yazılım"));
  await createCustomer(other.ctx, customerInput("Mavi Yazılım Ltd.", { accountCode: "OTHER-1" }));
});
afterAll(closeConnections);

describe("customer picker options", () => {
  it("tell same-named customers apart by account code and region, in the viewer's language", async () => {
    const options = await searchCustomerOptions(org.ctx, { q: "mavi yazilim" }, "tr");
    expect(options.map(({ name, accountCode, region }) => ({ name, accountCode, region }))).toEqual(
      expect.arrayContaining([
        { name: "Mavi Yazılım Ltd.", accountCode: "MV-001", region: "Ankara" },
        { name: "Mavi Yazılım Ltd.", accountCode: "MV-002", region: "Ege" },
        { name: "Mavi Yazılım Ltd.", accountCode: "MV-003", region: null },
        { name: "Mavi Yazılım Ltd.", accountCode: null, region: "Ege" },
      ]),
    );
    // Another org's namesake never appears; every option is distinct.
    expect(options).toHaveLength(4);
    expect(new Set(options.map((o) => `${o.accountCode}|${o.region}`)).size).toBe(4);
    expect((await searchCustomerOptions(org.ctx, { q: "MV-002" }, "en")).map((o) => o.region)).toEqual(["Aegean"]);
  });

  it("without a search, offer the first customers by name", async () => {
    const options = await searchCustomerOptions(org.ctx, {}, "en");
    expect(options.map((o) => o.name)).toEqual(["Kırmızı Yazılım", ...Array(4).fill("Mavi Yazılım Ltd.")]);
  });

  it("need customers.view", async () => {
    const none = await addMember(org, "none");
    await caught(searchCustomerOptions(none.ctx, { q: "mavi" }, "en"), ForbiddenError);
  });
});
