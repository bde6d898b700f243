"use client";

import { Mail, Paperclip } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { FileSize } from "@/components/ui/file-size";
import type { ThreadMessage } from "@/lib/service/messages/list-messages";

/** One entry of the thread: a system line, an internal message or an e-mail reply (marked). */
export function ThreadMessageItem({ message }: { message: ThreadMessage }) {
  const t = useTranslations("dispatch.thread");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const at = new Date(message.createdAt);
  const author = message.authorName ?? message.fromEmail ?? t("formerMember");
  const time = (
    <time
      dateTime={message.createdAt}
      title={format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
      // "3 minutes ago" may tick over between the server render and hydration.
      suppressHydrationWarning
    >
      {format.relativeTime(at, now)}
    </time>
  );

  if (message.kind === "system") {
    return (
      <li className="px-4 py-2 text-center text-xs text-zinc-500">
        {message.system ? t(`system.${message.system}`, { name: author }) : message.body} · {time}
      </li>
    );
  }
  return (
    <li className="space-y-1.5 px-4 py-3 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
        <span className="font-medium text-zinc-700 dark:text-zinc-300">{author}</span>
        {message.kind === "email_in" && (
          <Badge tone="accent">
            <Mail className="mr-1 inline size-3" aria-hidden />
            {t("emailReply")}
          </Badge>
        )}
        {message.kind === "email_in" && message.authorName && message.fromEmail && <span>{message.fromEmail}</span>}
        <span aria-hidden>·</span>
        {time}
      </p>
      {message.body && <p className="whitespace-pre-wrap break-words">{message.body}</p>}
      {message.attachments.length > 0 && (
        <ul aria-label={t("attachments")} className="flex flex-wrap gap-2">
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a
                href={file.url}
                download={file.fileName}
                className="inline-flex items-center gap-1.5 rounded-md border border-zinc-200 px-2 py-1 text-xs hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
              >
                <Paperclip className="size-3.5" aria-hidden />
                <span className="max-w-48 truncate">{file.fileName}</span>
                <span className="text-zinc-500">
                  <FileSize bytes={file.size} />
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
