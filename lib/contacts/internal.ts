import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { contacts } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { NotFoundError } from "@/lib/errors";
import { searchDocument } from "@/lib/search/fold";

export async function getContactInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(contacts.id, id);
  const query = t.db
    .select()
    .from(contacts)
    .where(options.lock ? t.whereWritable(contacts, byId) : t.where(contacts, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, contacts, byId, "contact");
    throw new NotFoundError("contact");
  }
  return row;
}

/** Makes `contactId` the customer's only primary contact (the partial unique index allows one). */
export async function makePrimary(t: Tenant, customerId: string, contactId: string) {
  await t.db
    .update(contacts)
    .set({ isPrimary: false })
    .where(t.where(contacts, and(eq(contacts.customerId, customerId), ne(contacts.id, contactId), eq(contacts.isPrimary, true))));
  await t.db
    .update(contacts)
    .set({ isPrimary: true })
    .where(t.where(contacts, eq(contacts.id, contactId)));
}

type SearchableContact = { name: string; title?: string | null; role?: string | null; email?: string | null; phone?: string | null };

/** The folded text the org-wide contacts list searches; refreshCustomerSearch keeps it current. */
export function contactSearchText(c: SearchableContact, customerName: string) {
  return searchDocument([c.name, c.title, c.role, c.email, c.phone, customerName]);
}
