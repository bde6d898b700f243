import type { ReactNode } from "react";

/** A card-looking fieldset: its legend names the group, so "Company" and "Primary contact" fields stay apart for assistive tech. */
export function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <legend className="float-left w-full border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <span className="block text-sm font-semibold">{title}</span>
        {description && <span className="mt-0.5 block text-sm font-normal text-zinc-500">{description}</span>}
      </legend>
      <div className="clear-left grid gap-4 p-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
