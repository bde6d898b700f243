"use client";

import { useActionState } from "react";
import { Notice } from "@/components/auth/auth-card";
import { Button } from "@/components/ui/button";
import type { RespondState } from "./actions";

/**
 * The one button that changes anything: a POST, so a mail scanner that opens the link does not
 * answer for the assignee. Labels come translated from the server, in the e-mail's language.
 */
export function RespondForm({
  action,
  label,
  danger,
}: {
  action: (previous: RespondState) => Promise<RespondState>;
  label: string;
  danger?: boolean;
}) {
  const [state, submit, pending] = useActionState(action, null);
  if (state) return <Notice tone={state.tone}>{state.message}</Notice>;
  return (
    <form action={submit}>
      <Button type="submit" variant={danger ? "danger" : "primary"} pending={pending} className="w-full">
        {label}
      </Button>
    </form>
  );
}
