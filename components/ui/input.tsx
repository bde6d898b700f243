import type { ComponentProps, SelectHTMLAttributes } from "react";
import { cn } from "./cn";

const control =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 text-sm shadow-xs placeholder:text-zinc-400 focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 disabled:bg-zinc-50 disabled:text-zinc-500 aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/30 dark:border-zinc-700 dark:bg-zinc-900 dark:disabled:bg-zinc-800";

// ComponentProps includes `ref` (React 19 passes it as a prop), for wrappers such as MoneyInput.
export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input {...props} className={cn(control, "h-9", className)} />;
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={cn(control, "h-9 pr-8", className)} />;
}
