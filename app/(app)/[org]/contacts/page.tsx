import { getTranslations } from "next-intl/server";
import { ContactList } from "@/components/contacts/contact-list";
import { formatPhone } from "@/components/customers/detail/format-phone";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listContacts } from "@/lib/contacts/list-contacts";
import { contactListSearch, contactQuerySchema } from "@/lib/contacts/list-params";
import { getOrgContext } from "@/lib/orgs/get-org-context";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("contactList"))("title") };
}

/** A repeated parameter (`?q=a&q=b`) counts once, as its first value. */
function firstValues(params: SearchParams) {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}

/** SPEC C6: every contact of the org, searchable; the view (q, status, cursor) lives in the URL. */
export default async function ContactsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  // The schema never fails on URL input: bad values fall back to their defaults.
  const query = contactQuerySchema.parse(firstValues(await searchParams));
  const loaded = await loadOrDeny(() => listContacts(ctx, query));
  if (loaded.denied) return <AccessDenied />;
  const list = loaded.data;
  const t = await getTranslations("contactList");
  const base = `/${ctx.org.slug}/contacts`;
  // Formatted here so the phone-number metadata stays on the server.
  const rows = list.rows.map((row) => ({ ...row, phoneLabel: row.phone ? formatPhone(row.phone) : null }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ContactList
        orgSlug={ctx.org.slug}
        query={query}
        rows={rows}
        nextHref={list.nextCursor ? `${base}${contactListSearch(query, { cursor: list.nextCursor })}` : null}
        firstHref={query.cursor ? `${base}${contactListSearch(query)}` : null}
      />
    </>
  );
}
