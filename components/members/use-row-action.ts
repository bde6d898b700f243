"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/types";

/** Runs a row-level action (change role, remove…) with a pending state, a toast and error mapping. */
export function useRowAction() {
  const [pending, startTransition] = useTransition();
  const showErrors = useActionErrors();
  const t = useTranslations("common");
  const run = (action: () => Promise<ActionResult<unknown>>, success?: string) =>
    new Promise<boolean>((resolve) => {
      startTransition(async () => {
        const result = await action();
        if (result.ok) toast.success(success ?? t("saved"));
        else showErrors(result);
        resolve(result.ok);
      });
    });
  return { pending, run };
}
