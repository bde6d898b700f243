"use client";

import { useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";
import type { ThreadMessage } from "@/lib/service/messages/list-messages";
import { ThreadComposer } from "./thread-composer";
import { ThreadMessageItem } from "./thread-message";

type Props = {
  orgSlug: string;
  recordId: string;
  /** From `listMessages(ctx, { recordId })`, oldest first: the newest sits right above the composer. */
  messages: ThreadMessage[];
  /** `can(ctx.actor, "messages.post")`: without it the thread is read-only. */
  canPost: boolean;
};

/**
 * SPEC S4: a service record's messages — internal notes with attachments, replies to assignment
 * e-mails (marked) and the assignees' answers. Posting re-renders the page (the action revalidates).
 */
export function RecordThread({ orgSlug, recordId, messages, canPost }: Props) {
  const t = useTranslations("dispatch.thread");
  return (
    <Card>
      <CardHeader title={t("title")} />
      {messages.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t("empty")}</p>
      ) : (
        <ol aria-label={t("title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {messages.map((message) => (
            <ThreadMessageItem key={message.id} message={message} />
          ))}
        </ol>
      )}
      {canPost && <ThreadComposer orgSlug={orgSlug} recordId={recordId} />}
    </Card>
  );
}
