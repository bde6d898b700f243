import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { contacts } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError } from "@/lib/errors";
import { searchDocument } from "@/lib/search/fold";

export async function getContactInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  const query = t.db.select().from(contacts).where(t.where(contacts, eq(contacts.id, id)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("contact");
  return row;
}

/** Makes `contactId` the customer's only primary contact (the partial unique index allows one). */
export async function makePrimary(t: Tenant, customerId: string, contactId: string) {
  await t.db
    .update(contacts)
    .set({ isPrimary: false })
    .where(t.where(contacts, and(eq(contacts.customerId, customerId), ne(contacts.id, contactId), eq(contacts.isPrimary, true))));
  await t.db.update(contacts).set({ isPrimary: true }).where(t.where(contacts, eq(contacts.id, contactId)));
}

type SearchableContact = { name: string; title?: string | null; role?: string | null; email?: string | null; phone?: string | null };

/** The folded text the org-wide contacts list searches; refreshCustomerSearch keeps it current. */
export function contactSearchText(c: SearchableContact, customerName: string) {
  return searchDocument([c.name, c.title, c.role, c.email, c.phone, customerName]);
}
