import { getTranslations } from "next-intl/server";
import { DispatchPage } from "@/components/dispatch/dispatch-page";

export async function generateMetadata() {
  return { title: (await getTranslations("dispatch.board"))("title") };
}

/** Issue 13 item 5 (SPEC W7): the unplanned lane and the technicians' days; the board loads per view from dispatch/data. */
export default async function DispatchRoute({ params }: { params: Promise<{ org: string }> }) {
  return <DispatchPage orgSlug={(await params).org} />;
}
