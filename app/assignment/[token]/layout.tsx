import type { ReactNode } from "react";

/** Public and minimal: the assignee may open this on a phone, signed in or not. */
export default function AssignmentLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="px-4 py-3">
        <span className="text-base font-semibold tracking-tight">Servio</span>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-8 sm:pt-16">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
