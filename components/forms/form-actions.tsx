import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * A form's footer: Cancel (a link back, so nothing is lost by a stray click on a form that has not
 * saved) and the submit button, which shows the pending state while the action runs.
 */
export function FormActions({
  cancelHref,
  cancel,
  submit,
  pending,
  className,
}: {
  cancelHref: string;
  cancel: ReactNode;
  submit: ReactNode;
  pending: boolean;
  /** Spacing from what comes before, where the form's layout needs it. */
  className?: string;
}) {
  return (
    <div className={cn("flex flex-wrap justify-end gap-2", className)}>
      <Link href={cancelHref} className={buttonClass("secondary")}>
        {cancel}
      </Link>
      <Button type="submit" pending={pending}>
        {submit}
      </Button>
    </div>
  );
}
