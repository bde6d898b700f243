import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { memberProfiles } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomerChoices } from "@/lib/customers/list-customer-choices";
import { listCustomerTechnicians } from "@/lib/customers/list-customer-technicians";
import { setCustomerTechnicians } from "@/lib/customers/set-customer-technicians";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ValidationError } from "@/lib/errors";
import { setEmploymentStatus } from "@/lib/members/set-employment-status";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// SPEC T8 on the customer: someone who left can no longer be chosen as rep or authorised technician,
// but what they already hold stays (with their name) until it is handed over on their profile page.

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;

const leave = (userId: string, status: "dismissed" | "resigned") =>
  setEmploymentStatus(org.ctx, { userId, status, exitDate: "2026-11-30", exitReason: "Left the company" });

async function technician() {
  const member = await addMember(org, "edit");
  await db.insert(memberProfiles).values({ orgId: org.orgId, userId: member.userId, technician: true });
  return member.userId;
}

const newCustomer = (name: string, extra: Record<string, unknown> = {}) =>
  createCustomer(org.ctx, { type: "customer", status: "first_contact", name, contact: { name: `${name} Kişi` }, ...extra });

beforeAll(async () => {
  org = await createOrg("Leavers Org");
});
afterAll(closeConnections);

describe("authorised technicians who left", () => {
  it("refuses to authorise a technician who was dismissed or resigned, with a field error", async () => {
    const [dismissed, resigned, working] = [await technician(), await technician(), await technician()];
    await leave(dismissed, "dismissed");
    await leave(resigned, "resigned");
    const customer = await newCustomer("Yeni Yetki Ltd");
    for (const leaver of [dismissed, resigned]) {
      const refused = await caught(setCustomerTechnicians(org.ctx, { customerId: customer.id, userIds: [working, leaver] }), ValidationError);
      expect(refused.fieldErrors).toEqual({ userIds: "memberLeft" });
    }
    expect((await listCustomerTechnicians(org.ctx, { customerId: customer.id })).chosen).toEqual([]);
  });

  it("keeps an already-authorised leaver when the set is saved with them still in it, and drops them when unticked", async () => {
    const [leaver, colleague, newcomer] = [await technician(), await technician(), await technician()];
    const customer = await newCustomer("Eski Yetki Ltd");
    await setCustomerTechnicians(org.ctx, { customerId: customer.id, userIds: [leaver, colleague] });
    await leave(leaver, "resigned");

    // The picker no longer offers them, but shows them (by name) among the chosen.
    const listed = await listCustomerTechnicians(org.ctx, { customerId: customer.id });
    expect(listed.technicians.map((m) => m.id)).not.toContain(leaver);
    expect(listed.left).toEqual([{ id: leaver, name: "User edit" }]);

    await setCustomerTechnicians(org.ctx, { customerId: customer.id, userIds: [leaver, colleague, newcomer] });
    expect((await listCustomerTechnicians(org.ctx, { customerId: customer.id })).chosen).toEqual([leaver, colleague, newcomer].sort());

    // Handing over: saved without them, they are gone and cannot be put back.
    await setCustomerTechnicians(org.ctx, { customerId: customer.id, userIds: [colleague, newcomer] });
    expect((await listCustomerTechnicians(org.ctx, { customerId: customer.id })).left).toEqual([]);
    await caught(setCustomerTechnicians(org.ctx, { customerId: customer.id, userIds: [leaver, colleague] }), ValidationError);
  });
});

describe("reps who left", () => {
  it("keeps a leaver as sales rep when the form is saved unchanged, and names them as left in the form's choices", async () => {
    const rep = await addMember(org, "edit");
    const support = await addMember(org, "edit");
    const created = await newCustomer("Eski Temsilci Ltd", { salesRepId: rep.userId, supportRepId: support.userId });
    await leave(rep.userId, "dismissed");

    const customer = await getCustomer(org.ctx, created);
    const choices = await listCustomerChoices(org.ctx, "en", customer);
    expect(choices.members.find((m) => m.id === rep.userId)).toEqual({ id: rep.userId, name: "User edit", left: true });
    // The create form (no customer) and other customers' forms do not offer them.
    expect((await listCustomerChoices(org.ctx, "en")).members.map((m) => m.id)).not.toContain(rep.userId);

    // Saved as the form sends it: every field as loaded, one unrelated change.
    await updateCustomer(org.ctx, { ...customer, referral: "Fuar" });
    const saved = await getCustomer(org.ctx, created);
    expect(saved.salesRepId).toBe(rep.userId);
    expect(saved.supportRepId).toBe(support.userId);
    expect(saved.referral).toBe("Fuar");
  });

  it("refuses a leaver newly chosen as rep, on create and on update, with a field error", async () => {
    const leaver = await addMember(org, "edit");
    await leave(leaver.userId, "resigned");
    const createRefused = await caught(newCustomer("Yeni Temsilci Ltd", { salesRepId: leaver.userId }), ValidationError);
    expect(createRefused.fieldErrors).toEqual({ salesRepId: "memberLeft" });

    const created = await newCustomer("Yeni Temsilci Ltd");
    const customer = await getCustomer(org.ctx, created);
    const updateRefused = await caught(updateCustomer(org.ctx, { ...customer, supportRepId: leaver.userId }), ValidationError);
    expect(updateRefused.fieldErrors).toEqual({ supportRepId: "memberLeft" });
    expect((await getCustomer(org.ctx, created)).supportRepId).toBeNull();
  });
});
