"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Notice } from "@/components/auth/auth-card";
import { Textarea } from "@/components/customers/form/textarea";
import { Button } from "@/components/ui/button";
import { useActionErrors } from "@/components/forms/use-action-form";
import { replyFromMailboxAction } from "./actions";

/** Answers a captured e-mail through the real inbound webhook (see lib/email/simulate-reply.ts). */
export function MailboxReplyForm({ emailId, from }: { emailId: string; from: string }) {
  const t = useTranslations("dispatch.mailbox");
  const showErrors = useActionErrors();
  const [text, setText] = useState("");
  const [result, setResult] = useState<{ ok: boolean; status: number } | null>(null);
  const [pending, startTransition] = useTransition();

  const send = () =>
    startTransition(async () => {
      const outcome = await replyFromMailboxAction(emailId, text);
      if (!outcome.ok) return showErrors(outcome);
      setResult(outcome.data);
      if (outcome.data.ok) setText("");
    });

  return (
    <section aria-labelledby="mailbox-reply" className="border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <h2 id="mailbox-reply" className="text-sm font-semibold">
        {t("replyTitle")}
      </h2>
      <p className="mt-0.5 text-xs text-zinc-500">{t("replyHint", { from })}</p>
      <form
        className="mt-3 space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) send();
        }}
      >
        {result && <Notice tone={result.ok ? "info" : "error"}>{result.ok ? t("sent") : t("refused", { status: result.status })}</Notice>}
        <label htmlFor="mailbox-reply-text" className="block text-sm font-medium">
          {t("replyLabel")}
        </label>
        <Textarea
          id="mailbox-reply-text"
          rows={4}
          value={text}
          placeholder={t("replyPlaceholder")}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <div className="flex justify-end">
          <Button type="submit" pending={pending} disabled={!text.trim()}>
            {t("send")}
          </Button>
        </div>
      </form>
    </section>
  );
}
