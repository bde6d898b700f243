import { getTranslations } from "next-intl/server";
import { MyDayPage } from "@/components/my-day/my-day-page";
import { AccessDenied } from "@/components/shell/access-denied";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listMyDay } from "@/lib/my-day/list-my-day";
import { getOrgContext } from "@/lib/orgs/get-org-context";

export async function generateMetadata() {
  return { title: (await getTranslations("myDay"))("title") };
}

/** Issue 13 item 6: a technician's day on a phone — `?date=YYYY-MM-DD` for another day than today. */
export default async function MyDayRoute({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const { date } = await searchParams;
  const loaded = await loadOrDeny(() => listMyDay(ctx, { date }));
  if (loaded.denied) return <AccessDenied />;
  return <MyDayPage orgSlug={ctx.org.slug} timeZone={ctx.org.timeZone} day={loaded.data} />;
}
