"use client";

import { useTranslations } from "next-intl";
import type { AccessAnswer } from "@/lib/visibility/explain-access-schema";
import { AccessAnswerText } from "./access-answer";

/** Where an answer appears: announced politely when it arrives; a failure is an alert. */
export function AccessResult({ answer, error, pending }: { answer: AccessAnswer | null; error: string | null; pending: boolean }) {
  const t = useTranslations("access");
  return (
    <div aria-live="polite" aria-busy={pending} aria-label={t("answer")} role="region" className="min-h-5">
      {pending && <p className="text-sm text-zinc-500">{t("checking")}</p>}
      {!pending && answer && <AccessAnswerText answer={answer} />}
      {!pending && error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
