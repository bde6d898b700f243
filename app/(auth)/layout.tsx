import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { SectionMessages } from "@/components/shell/section-messages";
import { ThemeToggle } from "@/components/shell/theme-toggle";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="flex items-center justify-between px-4 py-3">
        <span className="text-base font-semibold tracking-tight">Servio</span>
        <div className="flex items-center gap-2">
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-8 sm:pt-16">
        <div className="w-full max-w-sm">
          <SectionMessages section="(auth)">{children}</SectionMessages>
        </div>
      </main>
    </div>
  );
}
