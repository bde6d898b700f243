import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/sign-up";
import { contactSchemasFor } from "@/lib/contacts/schemas";
import { createContact } from "@/lib/contacts/create-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { customerSchemasFor } from "@/lib/customers/schemas";
import { ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgSettings } from "@/lib/orgs/get-org-settings";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { updateOrgSettings } from "@/lib/orgs/update-org-settings";
import { PASSWORD, uniqueEmail } from "./factories";
import { caught, closeConnections } from "./helpers";

/** An org signed up in `locale`, as a new user would. */
async function orgIn(locale: Locale, name: string) {
  const created = await signUp({ name: "Admin", email: uniqueEmail("phone"), password: PASSWORD, orgName: name }, locale);
  return { ...created, ctx: await loadOrgContext(created.userId, created.orgSlug) };
}

function customerInput(name: string, phone: string, contactPhone = phone) {
  return { name, type: "customer", status: "first_contact", phone, contact: { name: `${name} Contact`, phone: contactPhone } } as const;
}

let ro: Awaited<ReturnType<typeof orgIn>>;
let tr: Awaited<ReturnType<typeof orgIn>>;
let en: Awaited<ReturnType<typeof orgIn>>;

beforeAll(async () => {
  [ro, tr, en] = await Promise.all([orgIn("ro", "Brașov Service SRL"), orgIn("tr", "Ankara Servis Ltd."), orgIn("en", "Global Service Ltd")]);
});
afterAll(closeConnections);

describe("phone numbers without a country code", () => {
  it("belong to the org's country, defaulted from its language", () => {
    expect([ro.ctx.org.phoneCountry, tr.ctx.org.phoneCountry, en.ctx.org.phoneCountry]).toEqual(["RO", "TR", null]);
  });

  it("are Romanian in a Romanian org: 0268 123 456 is stored as +40268123456", async () => {
    const { id } = await createCustomer(ro.ctx, customerInput("Carpați Service", "0268 123 456", "0722 123 456"));
    const customer = await getCustomer(ro.ctx, { id });
    expect(customer.phone).toBe("+40268123456");
    expect(customer.contacts[0]!.phone).toBe("+40722123456");
    const contact = await createContact(ro.ctx, { customerId: id, name: "Ioana Pop", phone: "0268 555 010" });
    expect((await getCustomer(ro.ctx, { id })).contacts.find((c) => c.id === contact.id)?.phone).toBe("+40268555010");
  });

  it("stay Turkish in a Turkish org, where a Romanian national number is refused next to the field", async () => {
    const { id } = await createCustomer(tr.ctx, customerInput("Mavi Yazılım", "0532 111 22 33"));
    expect((await getCustomer(tr.ctx, { id })).phone).toBe("+905321112233");
    const error = await caught(createCustomer(tr.ctx, customerInput("Yanlış Numara", "0268 123 456", "")), ValidationError);
    expect(error.fieldErrors).toEqual({ phone: "phone" });
  });

  it("need their +country code in an org without a phone country; with it they are accepted", async () => {
    const error = await caught(createCustomer(en.ctx, customerInput("No Country", "0532 111 22 33", "")), ValidationError);
    expect(error.fieldErrors).toEqual({ phone: "phoneCountryCode" });
    const { id } = await createCustomer(en.ctx, customerInput("With Code", "+40 268 123 456", "+90 532 111 22 33"));
    const customer = await getCustomer(en.ctx, { id });
    expect([customer.phone, customer.contacts[0]!.phone]).toEqual(["+40268123456", "+905321112233"]);
  });

  it("follow the country an admin sets in the settings, for new and edited records", async () => {
    const org = await orgIn("en", "Settings Phone Org");
    const { id } = await createCustomer(org.ctx, customerInput("Later Romanian", "+40 268 123 456"));
    await updateOrgSettings(org.ctx, { ...getOrgSettings(org.ctx), phoneCountry: "RO" });
    const ctx = await loadOrgContext(org.userId, org.orgSlug);
    expect(ctx.org.phoneCountry).toBe("RO");
    const contact = (await getCustomer(ctx, { id })).contacts[0]!;
    await updateContact(ctx, { ...contact, phone: "0268 999 000" });
    expect((await getCustomer(ctx, { id })).contacts[0]!.phone).toBe("+40268999000");
    // "" in the form means none again.
    await updateOrgSettings(ctx, { ...getOrgSettings(ctx), phoneCountry: "" });
    expect((await loadOrgContext(org.userId, org.orgSlug)).org.phoneCountry).toBeNull();
    await caught(updateOrgSettings(ctx, { ...getOrgSettings(ctx), phoneCountry: "XX" }), ValidationError);
  });

  it("are read by the form with the verb's own rule (the same schema for the same org)", () => {
    const form = customerSchemasFor(ro.ctx.org.phoneCountry).create.safeParse(customerInput("Form Check", "0268 123 456"));
    expect(form.success && form.data.phone).toBe("+40268123456");
    expect(contactSchemasFor("TR").update.safeParse({ id: crypto.randomUUID(), version: 1, name: "X", phone: "0268 123 456" }).success).toBe(false);
  });
});
