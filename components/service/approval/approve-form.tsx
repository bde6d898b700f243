"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useState } from "react";
import { Textarea } from "@/components/customers/form/textarea";
import { Button } from "@/components/ui/button";
import { approveServiceAction } from "@/lib/approval/actions";
import type { ApproveFormState } from "@/lib/approval/approve-form-state";
import { ApprovalNotice } from "./approval-notice";

const SCORES = Array.from({ length: 10 }, (_, i) => i + 1);
const IDLE: ApproveFormState = { status: "idle" };

/**
 * SPEC S6: score 1–10 as a native radio group (arrow keys move, big targets for thumbs), optional
 * comment, Approve. Strings come from the provider the page sets up in the org's language.
 */
export function ApproveForm({ token, orgName }: { token: string; orgName: string }) {
  const t = useTranslations("approval.page");
  const router = useRouter();
  const id = useId();
  const [state, action, pending] = useActionState(approveServiceAction, IDLE);
  // Controlled, because React resets uncontrolled fields after a form action and a refused
  // score must not cost the customer their comment.
  const [score, setScore] = useState("");
  const [comment, setComment] = useState("");

  const refused = state.status === "refused" && state.reason !== "unexpected";
  // The page itself explains a used, expired or unknown link best (with dates and names).
  useEffect(() => {
    if (refused) router.refresh();
  }, [refused, router]);

  if (state.status === "approved")
    return (
      <ApprovalNotice
        level={2}
        tone="success"
        title={t("approvedTitle")}
        body={t("approvedBody", { number: state.number, score: state.score, org: orgName })}
      />
    );

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <fieldset aria-describedby={`${id}-hint${errors.score ? ` ${id}-score-error` : ""}`} aria-invalid={errors.score ? true : undefined}>
        <legend className="text-base font-semibold">{t("scoreLegend")}</legend>
        <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-500">
          {t("scoreHint")}
        </p>
        <div className="mt-3 grid grid-cols-5 gap-2 sm:grid-cols-10">
          {SCORES.map((n) => (
            <label key={n} className="block">
              <input
                type="radio"
                name="score"
                value={n}
                checked={score === String(n)}
                onChange={(e) => setScore(e.target.value)}
                className="peer sr-only"
              />
              <span className="flex h-12 cursor-pointer select-none items-center justify-center rounded-md border border-zinc-300 text-lg font-semibold tabular-nums transition-colors hover:bg-zinc-50 peer-checked:border-accent-600 peer-checked:bg-accent-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-accent-500 peer-focus-visible:ring-offset-2 dark:border-zinc-700 dark:hover:bg-zinc-800">
                {n}
              </span>
            </label>
          ))}
        </div>
        {errors.score && (
          <p id={`${id}-score-error`} className="mt-2 text-sm font-medium text-red-600 dark:text-red-400">
            {t("errors.scoreRequired")}
          </p>
        )}
      </fieldset>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium">
          {t("comment")}
        </label>
        <Textarea
          id={`${id}-comment`}
          name="comment"
          rows={4}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? `${id}-comment-error` : undefined}
        />
        {errors.comment && (
          <p id={`${id}-comment-error`} className="text-sm font-medium text-red-600 dark:text-red-400">
            {t("errors.commentTooLong")}
          </p>
        )}
      </div>
      {state.status === "refused" && (
        <p role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
          {state.reason === "unexpected" ? t("errors.unexpected") : t(`${state.reason}Title`)}
        </p>
      )}
      <Button type="submit" pending={pending} className="h-12 w-full text-base sm:w-auto sm:px-8">
        {t("approve")}
      </Button>
    </form>
  );
}
