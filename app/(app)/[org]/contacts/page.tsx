import { getTranslations } from "next-intl/server";
import { ContactList } from "@/components/contacts/contact-list";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listContacts } from "@/lib/contacts/list-contacts";
import { contactRowsSearch, parseContactQuery } from "@/lib/contacts/list-params";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("contactList"))("title") };
}

/**
 * SPEC C6: every contact of the org, searchable; the view (q, status, cursor) lives in the URL.
 * The first load is rendered here; later views come from contacts/data.
 */
export default async function ContactsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  // The schema never fails on URL input: bad values fall back to their defaults.
  const query = parseContactQuery(firstValues(await searchParams));
  const loaded = await loadOrDeny(() => listContacts(ctx, query));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("contactList");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ContactList orgSlug={ctx.org.slug} initial={{ search: contactRowsSearch(query), page: loaded.data }} />
    </>
  );
}
