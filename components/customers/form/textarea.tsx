import type { TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

// Same look as the Input primitive; components/ui has no textarea yet.
export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      {...props}
      className={cn(
        "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-zinc-400 focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 disabled:bg-zinc-50 disabled:text-zinc-500 aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/30 dark:border-zinc-700 dark:bg-zinc-900 dark:disabled:bg-zinc-800",
        className,
      )}
    />
  );
}
