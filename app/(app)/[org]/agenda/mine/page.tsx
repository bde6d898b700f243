import { getTranslations } from "next-intl/server";
import { AgendaPage } from "@/components/agenda/agenda-page";

export async function generateMetadata() {
  return { title: (await getTranslations("agenda"))("mineTitle") };
}

/** SPEC W3 (Randevularım): the appointments I attend or booked. */
export default async function MyAppointmentsRoute({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <AgendaPage orgSlug={(await params).org} mine view={(await searchParams).view} />;
}
