import "server-only";
import { asc, eq, like, sql, type SQL } from "drizzle-orm";
import { contacts, customers } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { formatPhone } from "@/lib/fields/format-phone";
import { containsPattern } from "@/lib/search/contains-pattern";
import { digitsOf, foldForSearch } from "@/lib/search/fold";
import { type ContactQuery, parseContactQuery } from "./list-params";

export const PAGE_SIZE = 50;

/** Phones are stored as E.164 and searchable as digits; "0532 111 22 33" is typed with spaces and a trunk 0. */
const PHONE_LIKE = /^[\d\s()+\-./]+$/;

/**
 * The text to look for in the folded `search_text`: a phone-like query becomes its digits without
 * leading zeros (so the national form finds the stored +90…/+40… number), anything else is folded.
 */
function searchTerm(q: string) {
  const digits = digitsOf(q).replace(/^0+/, "");
  if (PHONE_LIKE.test(q) && digits.length >= 5) return digits;
  return foldForSearch(q);
}

function contactFilters(query: ContactQuery): (SQL | undefined)[] {
  const term = query.q ? searchTerm(query.q) : "";
  return [
    // Served by the trigram index contacts_search_text_idx; the term is folded like the column, so LIKE.
    term ? like(contacts.searchText, containsPattern(term)) : undefined,
    query.status ? eq(contacts.active, query.status === "active") : undefined,
  ];
}

/**
 * SPEC C6: every contact of the org, by name then id, 50 a page, with its customer. Keyset
 * pagination on (name, id) — one seek into contacts_org_id_name_id_idx whatever the page — and a
 * row inserted meanwhile never shifts a page. The cursor is opaque to the client.
 */
export async function listContacts(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contacts.view");
  const query = parseContactQuery(input);
  const cursor = decodeCursor(query.cursor);
  const after = cursor ? sql`(${contacts.name}, ${contacts.id}) > (${cursor.v}, ${cursor.id}::uuid)` : undefined;
  const rows = await ctx.t.db
    .select({
      id: contacts.id,
      name: contacts.name,
      title: contacts.title,
      role: contacts.role,
      email: contacts.email,
      phone: contacts.phone,
      preferredMethod: contacts.preferredMethod,
      active: contacts.active,
      isPrimary: contacts.isPrimary,
      customerId: customers.id,
      customerName: customers.name,
    })
    .from(contacts)
    // Both sides of the join are scoped to the org: the customer must be this org's too.
    .innerJoin(customers, ctx.t.where(customers, eq(customers.id, contacts.customerId)))
    .where(ctx.t.where(contacts, ...contactFilters(query), after))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map(({ customerId, customerName, ...contact }) => ({
      ...contact,
      // Formatted here, so the phone-number metadata stays on the server.
      phoneLabel: contact.phone ? formatPhone(contact.phone) : null,
      customer: { id: customerId, name: customerName },
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ v: last.name, id: last.id }) : null,
  };
}

export type ContactListRow = Awaited<ReturnType<typeof listContacts>>["rows"][number];
