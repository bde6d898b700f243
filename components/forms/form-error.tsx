"use client";

import { useEffect, useRef } from "react";

/**
 * An error that belongs to the whole form (wrong password, too many attempts), shown above its
 * fields until the next submit. role="alert" has screen readers read it out at once, and focus
 * moves to it so keyboard users land on the message rather than a field that looks fine.
 */
export function FormError({ error }: { error: { message: string } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-700 outline-none focus-visible:ring-2 focus-visible:ring-red-500 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-400"
    >
      {error.message}
    </div>
  );
}
