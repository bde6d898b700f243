import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { SupportEntry } from "@/components/service/timer/support-entry";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { getSupportCustomer } from "@/lib/time-entries/get-support-customer";
import { getSupportEntry } from "@/lib/time-entries/get-support-entry";

export async function generateMetadata() {
  return { title: (await getTranslations("timer.support"))("title") };
}

/**
 * Seed 000 "Destek", the quick support entry for phone and remote support. `?record=<id>` reopens
 * a draft after a reload; an unknown, foreign or filed record simply starts a fresh entry.
 */
export default async function SupportPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ record?: string | string[] }>;
}) {
  const ctx = await getOrgContext((await params).org);
  if (!can(ctx.actor, "serviceRecords.create") || !can(ctx.actor, "timeEntries.log")) return <AccessDenied />;
  const locale = (await getLocale()) as Locale;
  const { record } = await searchParams;
  const recordId = typeof record === "string" && z.uuid().safeParse(record).success ? record : null;

  const [serviceTypes, draft] = await Promise.all([
    listPicklist(ctx, "service_type", locale),
    recordId
      ? getSupportEntry(ctx, { id: recordId }).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error)))
      : null,
  ]);
  const initial = draft ? { draft, customer: await getSupportCustomer(ctx, { customerId: draft.customer.id }, locale) } : null;
  const t = await getTranslations("timer.support");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {/* No key on the draft id: the URL gains it right after the clock starts, and remounting
          then would throw away what the operator typed meanwhile. */}
      <SupportEntry orgSlug={ctx.org.slug} serviceTypes={serviceTypes.map(({ id, label }) => ({ id, label }))} initial={initial} />
    </>
  );
}
