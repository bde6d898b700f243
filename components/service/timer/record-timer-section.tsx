import "server-only";
import type { OrgContext } from "@/lib/context";
import { getRecordTimer } from "@/lib/time-entries/get-record-timer";
import { RecordTimer } from "./record-timer";

/** For the record page: loads the timer card's data with the member's context and renders it. */
export async function RecordTimerSection({ ctx, recordId }: { ctx: OrgContext; recordId: string }) {
  return <RecordTimer orgSlug={ctx.org.slug} timer={await getRecordTimer(ctx, { recordId })} />;
}
