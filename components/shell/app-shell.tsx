"use client";

import {
  Activity,
  AlarmClock,
  CalendarDays,
  ClipboardList,
  BookUser,
  CalendarClock,
  Building2,
  ChartColumn,
  Contact,
  FileSignature,
  Hourglass,
  LayoutGrid,
  Menu,
  MessagesSquare,
  Settings,
  Shield,
  Sun,
  Users,
  Wrench,
  X,
} from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav";

const ICONS = {
  overview: Building2,
  customers: Contact,
  contacts: BookUser,
  contracts: FileSignature,
  plans: Hourglass,
  schedules: CalendarClock,
  service: Wrench,
  myDay: Sun,
  dispatch: LayoutGrid,
  tasks: ClipboardList,
  agenda: CalendarDays,
  meetings: MessagesSquare,
  reminders: AlarmClock,
  activities: Activity,
  reports: ChartColumn,
  members: Users,
  permissions: Shield,
  settings: Settings,
} as const;

export function AppShell({
  nav,
  header,
  orgSwitcher,
  banner,
  children,
}: {
  nav: NavItem[];
  header: ReactNode;
  orgSwitcher: ReactNode;
  /** Above the top bar on every page: the due reminders (SPEC W6). */
  banner?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("nav");
  const shell = useTranslations("shell");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);

  // Plain anchors handled by RowLinks: next/link would prefetch every section in view on every
  // page (9 sections, 18 requests per list view); these prefetch only when pointed at.
  const links = (
    <RowLinks>
      <nav aria-label={shell("mainNavigation")} className="space-y-0.5 px-2">
        {nav.map((item) => {
          const Icon = ICONS[item.key];
          const active = item.key === "overview" ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <a
              key={item.key}
              {...rowLink(item.href)}
              aria-current={active ? "page" : undefined}
              onClick={() => setOpen(false)}
              className={cn(
                "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm",
                active
                  ? "bg-zinc-200/70 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-white"
                  : "text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800/60",
              )}
            >
              <Icon className="size-4" aria-hidden />
              {t(item.key)}
            </a>
          );
        })}
      </nav>
    </RowLinks>
  );

  return (
    <div className="flex min-h-dvh">
      <aside className="hidden w-56 shrink-0 flex-col gap-3 border-r border-zinc-200 bg-zinc-50 py-3 md:flex dark:border-zinc-800 dark:bg-zinc-900/40">
        <div className="px-2">{orgSwitcher}</div>
        {links}
      </aside>
      {open && (
        <div className="fixed inset-0 z-40 md:hidden" role="dialog" aria-modal="true" aria-label={shell("mainNavigation")}>
          <div className="absolute inset-0 bg-black/40" onClick={() => setOpen(false)} />
          <aside className="absolute inset-y-0 left-0 flex w-64 flex-col gap-3 bg-white py-3 shadow-xl dark:bg-zinc-900">
            <div className="flex items-center justify-between px-2">
              {orgSwitcher}
              <button
                type="button"
                className="rounded p-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                aria-label={shell("closeMenu")}
                onClick={() => setOpen(false)}
              >
                <X className="size-4" aria-hidden />
              </button>
            </div>
            {links}
          </aside>
        </div>
      )}
      <div className="flex min-w-0 flex-1 flex-col">
        {banner}
        <header className="flex h-12 items-center gap-2 border-b border-zinc-200 px-3 dark:border-zinc-800">
          <button
            type="button"
            className="rounded p-1.5 hover:bg-zinc-100 md:hidden dark:hover:bg-zinc-800"
            aria-label={shell("openMenu")}
            onClick={() => setOpen(true)}
          >
            <Menu className="size-4" aria-hidden />
          </button>
          <div className="ml-auto flex items-center gap-2">{header}</div>
        </header>
        <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">{children}</main>
      </div>
    </div>
  );
}
