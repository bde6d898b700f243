"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { useActionErrors } from "@/components/forms/use-action-form";
import { explainAccessAction } from "@/lib/visibility/actions";
import type { AccessAnswer } from "@/lib/visibility/explain-access-schema";

/**
 * Asks the explain-access verb and keeps the latest answer. A slower answer to an older question
 * never replaces a newer one; a failure is kept as a message to show beside the control (a toast
 * would vanish before the sentence it replaces is read).
 */
export function useExplainAccess(orgSlug: string) {
  const t = useTranslations("access");
  const showErrors = useActionErrors();
  const [answer, setAnswer] = useState<AccessAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ticket = useRef(0);

  const ask = (input: { userId: string; customerId: string }) => {
    const mine = ++ticket.current;
    setError(null);
    setAnswer(null);
    startTransition(async () => {
      // A lost connection rejects instead of answering: say so where the answer would be.
      const result = await explainAccessAction(orgSlug, input).catch(() => null);
      if (mine !== ticket.current) return;
      if (!result) return setError(t("failed"));
      if (result.ok) setAnswer(result.data);
      else showErrors(result, undefined, setError);
    });
  };
  const reset = () => {
    ticket.current++;
    setAnswer(null);
    setError(null);
  };
  return { answer, error, pending, ask, reset };
}
