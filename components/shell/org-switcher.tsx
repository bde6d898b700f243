"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

const item =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

export function OrgSwitcher({ current, orgs }: { current: { slug: string; name: string }; orgs: { slug: string; name: string }[] }) {
  const t = useTranslations("shell");
  return (
    <Menu.Root>
      {/* Named by the visible org name plus a hidden hint: an aria-label that did not contain the
          visible text failed WCAG 2.5.3 (voice users say what they see). */}
      <Menu.Trigger className="flex w-full min-w-0 items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left text-sm font-semibold hover:bg-zinc-200/60 dark:hover:bg-zinc-800">
        <span className="truncate">{current.name}</span>
        <span className="sr-only">{t("switchOrg")}</span>
        <ChevronsUpDown className="size-4 shrink-0 text-zinc-500" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-56 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <Menu.Label className="px-2 py-1 text-xs text-zinc-500">{t("organisations")}</Menu.Label>
          {orgs.map((org) => (
            <Menu.Item key={org.slug} asChild>
              <Link href={`/${org.slug}`} className={item}>
                <Check className={`size-4 ${org.slug === current.slug ? "" : "invisible"}`} aria-hidden />
                {org.name}
              </Link>
            </Menu.Item>
          ))}
          <Menu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <Menu.Item asChild>
            <Link href="/new-org" className={item}>
              <Plus className="size-4" aria-hidden />
              {t("newOrg")}
            </Link>
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
