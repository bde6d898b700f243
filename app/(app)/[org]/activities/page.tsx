import { getTranslations } from "next-intl/server";
import { ActivityFilters } from "@/components/activities-page/activity-filters";
import { ActivityFeed } from "@/components/activity/activity-feed";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listActivities } from "@/lib/activity/list-activities";
import { ACTIVITY_KINDS, isActivityKind } from "@/lib/activity/kinds";
import { getCustomer } from "@/lib/customers/get-customer";
import { NotFoundError } from "@/lib/errors";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  return { title: (await getTranslations("activitiesPage"))("title") };
}

/** SPEC A2: the org-wide feed, filterable by user, kind and customer; deep pages by keyset (?before=). */
export default async function ActivitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ user?: string; kind?: string; customer?: string; before?: string }>;
}) {
  const [ctx, search] = await Promise.all([params.then((p) => getOrgContext(p.org)), searchParams]);
  const query = {
    actorId: search.user && uuid.test(search.user) ? search.user : undefined,
    kind: isActivityKind(search.kind) ? search.kind : undefined,
    customerId: search.customer && uuid.test(search.customer) ? search.customer : undefined,
  };
  const page = await loadOrDeny(() => listActivities(ctx, { ...query, before: search.before }));
  if (page.denied) return <AccessDenied />;
  const [t, members, customer] = await Promise.all([
    getTranslations("activitiesPage"),
    listMemberOptions(ctx),
    query.customerId
      ? getCustomer(ctx, { id: query.customerId }).catch((error: unknown) => {
          // A deleted customer's id in a bookmarked URL: show the feed without its name.
          if (error instanceof NotFoundError) return null;
          throw error;
        })
      : null,
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ActivityFilters members={members} kinds={ACTIVITY_KINDS} customerName={customer?.name} />
      <Card className="p-4">
        <ActivityFeed orgSlug={ctx.org.slug} initial={page.data} query={query} />
      </Card>
    </>
  );
}
