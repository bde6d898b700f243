"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useController } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import type { CustomerFieldsInput } from "./customer-fields";
import type { TagOption } from "./options";

/**
 * Tags as toggle chips: every tag in view, one click or Space to toggle. Tags archived since they
 * were set are not shown but stay in the value, so saving the form does not drop them.
 */
export function TagPicker({ tags, labelledBy }: { tags: TagOption[]; labelledBy: string }) {
  const t = useTranslations("customer.hints");
  const { field } = useController<CustomerFieldsInput, "tagIds">({ name: "tagIds" });
  const selected = new Set(field.value ?? []);
  if (!tags.length) return <p className="text-sm text-zinc-500">{t("tagsNone")}</p>;
  return (
    <div role="group" aria-labelledby={labelledBy} className="flex flex-wrap gap-1.5">
      {tags.map((tag) => {
        const on = selected.has(tag.id);
        return (
          <button
            key={tag.id}
            type="button"
            aria-pressed={on}
            onClick={() => field.onChange(on ? [...selected].filter((id) => id !== tag.id) : [...selected, tag.id])}
            className={cn(
              "inline-flex h-7 items-center gap-1 rounded-full border px-2.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-500/40",
              on
                ? "border-accent-500 bg-accent-500/10 text-accent-700 dark:text-accent-500"
                : "border-zinc-300 text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800",
            )}
          >
            {on && <Check className="size-3.5" aria-hidden />}
            {tag.label}
          </button>
        );
      })}
    </div>
  );
}
