import "server-only";
import type { OrgContext } from "@/lib/context";
import { listMessages } from "@/lib/service/messages/list-messages";
import { can } from "@/lib/permissions/can";
import { RecordThread } from "./record-thread";

/** For the record page: loads the thread with the member's context and renders it. */
export async function RecordThreadSection({ ctx, recordId }: { ctx: OrgContext; recordId: string }) {
  const { messages } = await listMessages(ctx, { recordId });
  return <RecordThread orgSlug={ctx.org.slug} recordId={recordId} messages={messages} canPost={can(ctx.actor, "messages.post")} />;
}
