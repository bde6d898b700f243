import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { contacts } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";

/**
 * How the feed names whoever approves through a link: the link went to one address, so its
 * holder is the customer's contact with that address, or — a shared company mailbox, someone
 * outside the contact list — that address itself. Never guessed from the record's contact.
 */
export async function approverLabel(t: Tenant, customerId: string | null, email: string) {
  if (!customerId) return email;
  const [contact] = await t.db
    .select({ name: contacts.name })
    .from(contacts)
    .where(t.where(contacts, eq(contacts.customerId, customerId), eq(sql`lower(${contacts.email})`, email.toLowerCase())))
    .orderBy(asc(contacts.createdAt))
    .limit(1);
  return contact?.name ?? email;
}
