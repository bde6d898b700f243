import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

export function Table({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className="w-full border-collapse text-sm">
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      {...props}
      className={cn(
        "border-b border-zinc-200 px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-zinc-500 dark:border-zinc-800",
        className,
      )}
    />
  );
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} className={cn("border-b border-zinc-100 px-4 py-2 align-middle dark:border-zinc-800/60", className)} />;
}
