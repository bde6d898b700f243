"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronDown } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// Colour classes are chosen, never overridden: `cn` does not merge conflicting Tailwind classes.
const neutral = "border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300";
const narrowing = "border-accent-500/70 text-accent-700 dark:border-accent-500/70 dark:text-accent-500";

/** A toolbar button; `active` marks a filter that narrows the list. */
export function toolbarButton(active = false) {
  return cn(
    "inline-flex h-8 items-center gap-1.5 rounded-md border bg-white px-2.5 text-sm hover:bg-zinc-50 data-[state=open]:bg-zinc-50 dark:bg-zinc-900 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800",
    active ? narrowing : neutral,
  );
}

/** A native select styled like the toolbar buttons. */
export function toolbarSelect(active = false) {
  return cn(
    "h-8 rounded-md border bg-white pl-2 pr-7 text-sm hover:bg-zinc-50 focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:bg-zinc-900",
    active ? narrowing : neutral,
  );
}

const item =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

/**
 * A menu of checkboxes (menuitemcheckbox): several values can be ticked without the menu closing,
 * each tick reported at once. `count` shows how many are active next to the label.
 */
export function CheckMenu<V extends string>({
  label,
  icon,
  options,
  checked,
  onToggle,
  count,
  align = "start",
}: {
  label: string;
  icon?: ReactNode;
  options: readonly { value: V; label: string; disabled?: boolean }[];
  checked: readonly V[];
  onToggle: (value: V, checked: boolean) => void;
  count?: number;
  align?: "start" | "end";
}) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger className={toolbarButton(!!count)}>
        {icon}
        {label}
        {!!count && (
          <span className="rounded bg-accent-50 px-1 text-xs font-semibold tabular-nums text-accent-700 dark:bg-accent-500/15 dark:text-accent-500">
            {count}
          </span>
        )}
        <ChevronDown className="size-3.5 opacity-60" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align={align}
          sideOffset={4}
          className="z-50 min-w-48 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          {options.map((option) => (
            <Menu.CheckboxItem
              key={option.value}
              className={cn(item, option.disabled && "cursor-default opacity-50")}
              checked={checked.includes(option.value)}
              disabled={option.disabled}
              onCheckedChange={(value) => onToggle(option.value, value === true)}
              // Keep the menu open so several values can be ticked in one go.
              onSelect={(event) => event.preventDefault()}
            >
              <span className="flex size-4 items-center justify-center rounded border border-zinc-300 dark:border-zinc-600">
                <Menu.ItemIndicator>
                  <Check className="size-3" aria-hidden />
                </Menu.ItemIndicator>
              </span>
              {option.label}
            </Menu.CheckboxItem>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
