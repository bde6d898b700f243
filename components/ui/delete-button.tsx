"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/types";

/**
 * A record page's Delete: asks first, runs the action, and on success says so and leaves for
 * `then` (the list); a refusal (in use, the default, a stale version) stays on the page in a toast.
 * Texts come translated from the caller.
 */
export function DeleteButton({
  label,
  title,
  description,
  confirmLabel,
  deleted,
  then,
  run,
}: {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  deleted: string;
  then: string;
  run: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const showErrors = useActionErrors();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary">
          <Trash2 className="size-4" aria-hidden />
          {label}
        </Button>
      }
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      onConfirm={async () => {
        const result = await run();
        if (!result.ok) {
          showErrors(result);
          return false;
        }
        toast.success(deleted);
        router.replace(then);
        return true;
      }}
    />
  );
}
