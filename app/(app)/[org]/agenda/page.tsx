import { getTranslations } from "next-intl/server";
import { AgendaPage } from "@/components/agenda/agenda-page";

export async function generateMetadata() {
  return { title: (await getTranslations("agenda"))("title") };
}

/** SPEC W3: everyone's appointments the actor may see, by month, week or day. */
export default async function AgendaRoute({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <AgendaPage orgSlug={(await params).org} mine={false} view={(await searchParams).view} />;
}
